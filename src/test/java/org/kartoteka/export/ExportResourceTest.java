package org.kartoteka.export;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.kartoteka.Auth.anonymously;
import static org.kartoteka.Auth.asAdmin;
import static org.kartoteka.Auth.asAuditor;
import static org.kartoteka.Auth.asEditor;
import static org.kartoteka.Auth.asResearcher;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The export endpoints over HTTP: roles, headers, and a file compared row for row with the API's list. */
@QuarkusTest
class ExportResourceTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/export/persons.csv", "/api/v1/export", "/api/v1/audit"})
    void onlyAuditorsAndAdminsMayExport(String path) {
        anonymously().when().get(path).then().statusCode(401);
        asResearcher().when().get(path).then().statusCode(403);
        asEditor().when().get(path).then().statusCode(403);
        asAuditor().when().get(path).then().statusCode(200);
        asAdmin().when().get(path).then().statusCode(200);
    }

    @Test
    void sourcesCsvHasEveryRowTheApiListsWithTheSameFields() {
        Map<String, Map<String, Object>> api = new HashMap<>();
        String cursor = null;
        do {
            var page = asAuditor()
                    .queryParam("limit", 500)
                    .queryParam("cursor", cursor == null ? "" : cursor)
                    .when()
                    .get("/api/v1/sources")
                    .then()
                    .statusCode(200)
                    .extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.forEach(item -> api.put((String) item.get("id"), item));
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        String csv = asAuditor()
                .when()
                .get("/api/v1/export/sources.csv")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"sources.csv\"")
                .extract().asString();
        StrictCsv.Table table = StrictCsv.parse(csv);

        assertThat(table.rows().size(), equalTo(api.size()));
        for (Map<String, String> row : table.rows()) {
            Map<String, Object> item = api.get(row.get("id"));
            assertThat(row.get("title"), equalTo(CsvCells.neutralised((String) item.get("title"))));
            assertThat(row.get("kind"), equalTo(item.get("kind")));
            assertThat(row.get("publishedOn"), equalTo(item.get("publishedOn") == null ? "" : item.get("publishedOn")));
            assertThat(row.get("visibility"), equalTo(item.get("visibility")));
        }
    }

    @Test
    void anUnknownFileIsA404ThatListsTheFiles() {
        asAuditor()
                .when()
                .get("/api/v1/export/gadgets.csv")
                .then()
                .statusCode(404)
                .body("detail", org.hamcrest.Matchers.containsString("persons.csv"));
    }

    @Test
    void theTrailShowsAuditorsNoConfidentialNamesButAdminsEverything() {
        String id = ExportServiceTest.trickyPersonAs(asAdmin(), "CONFIDENTIAL");

        asAuditor()
                .queryParam("entityId", id)
                .queryParam("entity", "person")
                .when()
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items[0].after.display_name", equalTo(null))
                .body("items[0].after.birth_date", equalTo("1962-09"));
        asAdmin()
                .queryParam("entityId", id)
                .queryParam("entity", "person")
                .when()
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items[0].after.display_name", startsWith("Ales"))
                .body("items[0].actor.role", equalTo("admin"))
                .body("items[0].actor.name", org.hamcrest.Matchers.notNullValue());
    }
}
