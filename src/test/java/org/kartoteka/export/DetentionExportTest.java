package org.kartoteka.export;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.kartoteka.Auth.asAdmin;
import static org.kartoteka.Auth.asAuditor;
import static org.kartoteka.Auth.asResearcher;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;
import org.kartoteka.RecordFixtures;

/** Facts in the exports and histories: detentions as the API shows them, their citations, their history. */
@QuarkusTest
class DetentionExportTest {

    @Test
    void detentionsCsvMatchesTheApiAndItsCitationsJoin() {
        String person = Fixtures.person("Detention export " + UUID.randomUUID(), "PUBLIC");
        String id = RecordFixtures.detention(person, "PRETRIAL", "2021-03", "2021-06-30");
        JsonPath api = asAdmin().when().get("/api/v1/detentions/{id}", id).then().statusCode(200).extract().jsonPath();

        Map<String, String> row = StrictCsv.parse(csv("detentions")).row("id", id);
        List<Map<String, String>> citations = StrictCsv.parse(csv("citations")).rows().stream()
                .filter(r -> r.get("entityId").equals(id)).toList();

        assertThat(row.get("personId"), equalTo(person));
        assertThat(row.get("kind"), equalTo(api.getString("kind")));
        assertThat(row.get("startedOn"), equalTo("2021-03"));
        assertThat(row.get("startedOnPrecision"), equalTo("MONTH"));
        assertThat(row.get("endedOn"), equalTo("2021-06-30"));
        assertThat(row.get("endedOnPrecision"), equalTo("DAY"));
        assertThat(citations.stream().map(c -> c.get("sourceId")).toList(),
                equalTo(api.getList("citations.sourceId")));
        assertThat(citations.get(0).get("entity"), equalTo("detention"));
    }

    @Test
    void aDetentionsHistoryHoldsItsCitations() {
        String person = Fixtures.person("Detention history " + UUID.randomUUID(), "RESTRICTED");
        String id = RecordFixtures.detention(person, "SENTENCE", "2022-01-05", null);

        List<String> entities = asResearcher()
                .when()
                .get("/api/v1/detentions/{id}/history", id)
                .then()
                .statusCode(200)
                .extract().path("entity");

        assertThat(entities.get(0), equalTo("detention"));
        assertThat(entities.contains("detention_citation"), equalTo(true));
    }

    private static String csv(String collection) {
        return asAuditor().when().get("/api/v1/export/{c}.csv", collection).then().statusCode(200).extract().asString();
    }
}
