package org.kartoteka.security;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.kartoteka.Auth.anonymously;
import static org.kartoteka.Auth.as;
import static org.kartoteka.Auth.asEditor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;
import org.kartoteka.RecordFixtures;
import org.kartoteka.StatsFixtures;

/**
 * A public fact cited to a RESTRICTED source: anonymous readers learn that a restricted source
 * supports it, but never the citation's locator or quote, in any view under /api/ (records,
 * lists, timeline, series, whatever is added later: every GET of the served document is walked).
 * Staff read the citation whole.
 */
@QuarkusTest
class RestrictedCitationTest {

    private final String locator = "locator-" + UUID.randomUUID();
    private final String quote = "quote-" + UUID.randomUUID();

    @Test
    void anonymousReadersNeverSeeTheLocatorOrQuoteOfARestrictedSource() {
        Map<String, String> records = createFactsCitedToARestrictedSource();
        for (Map.Entry<String, String> record : records.entrySet()) {
            String path = "/api/v1/" + record.getKey() + "/" + record.getValue();
            anonymously().when().get(path).then().statusCode(200)
                    .body("citations.sourceRestricted", hasItem(true))
                    .body("citations.findAll { it.sourceRestricted }.locator", everyItem(nullValue()))
                    .body("citations.findAll { it.sourceRestricted }.quote", everyItem(nullValue()));
            for (Role staff : List.of(Role.RESEARCHER, Role.AUDITOR, Role.EDITOR, Role.ADMIN)) {
                as(staff).when().get(path).then().statusCode(200)
                        .body("citations.locator", hasItem(locator))
                        .body("citations.quote", hasItem(quote))
                        .body("citations.sourceRestricted", hasItem(true));
            }
        }
        String timeline = "/api/v1/persons/" + records.get("persons") + "/timeline";
        anonymously().when().get(timeline).then().statusCode(200)
                .body("events.citations.flatten().sourceRestricted", hasItem(true));
        asEditor().when().get(timeline).then().statusCode(200)
                .body("events.citations.flatten().quote", hasItem(quote));

        List<String> leaks = new ArrayList<>();
        int calls = 0;
        for (ApiOperations.Operation op : ApiOperations.served().withMethod("GET")) {
            for (Map.Entry<String, String> record : records.entrySet()) {
                Response response = anonymously().queryParams(query(op, record.getValue())).when()
                        .get(op.path(pathValues(op, record.getValue())));
                calls++;
                String body = response.asString();
                if (body.contains(locator) || body.contains(quote)) {
                    leaks.add("GET " + op.template() + " with " + record.getKey() + " " + record.getValue());
                }
            }
        }
        assertTrue(calls > records.size(), "the walk must call something");
        if (!leaks.isEmpty()) {
            fail("anonymous readers see the locator or quote of a restricted source:\n" + String.join("\n", leaks));
        }
    }

    private Map<String, String> createFactsCitedToARestrictedSource() {
        String source = asEditor().contentType(ContentType.JSON)
                .body(Map.of("title", "Confidential interview " + UUID.randomUUID(), "kind", "INTERVIEW",
                        "visibility", "RESTRICTED"))
                .when().post("/api/v1/sources").then().statusCode(201).extract().path("id");
        String citations = """
                [{"sourceId": "%s", "locator": "%s", "quote": "%s"}, {"sourceId": "%s", "locator": "p. 1"}]"""
                .formatted(source, locator, quote, Fixtures.source("Public report " + UUID.randomUUID()));
        Map<String, String> records = new LinkedHashMap<>();
        String person = RecordFixtures.create("persons", """
                {"names": [{"value": "Restricted Citation %s"}], "visibility": "PUBLIC", "citations": %s}"""
                .formatted(UUID.randomUUID(), citations));
        records.put("persons", person);
        String caseId = RecordFixtures.create("cases", """
                {"personId": "%s", "openedOn": "2021-03", "status": "TRIAL", "citations": %s}"""
                .formatted(person, citations));
        records.put("cases", caseId);
        records.put("charges", RecordFixtures.create("charges", """
                {"caseId": "%s", "article": {"code": "BY-CC", "number": "342"}, "chargedOn": "2021-03",
                 "citations": %s}""".formatted(caseId, citations)));
        records.put("trials", RecordFixtures.create("trials", """
                {"caseId": "%s", "startedOn": "2021-05", "citations": %s}""".formatted(caseId, citations)));
        records.put("detentions", RecordFixtures.create("detentions", """
                {"personId": "%s", "caseId": "%s", "kind": "PRETRIAL", "startedOn": "2021-03-01", "citations": %s}"""
                .formatted(person, caseId, citations)));
        records.put("recognitions", RecordFixtures.create("recognitions", """
                {"personId": "%s", "recognizedBy": "Viasna", "recognizedOn": "2021-04", "citations": %s}"""
                .formatted(person, citations)));
        records.put("observations", RecordFixtures.create("observations", """
                {"metric": "%s", "value": 7, "qualifier": "EXACT", "asOf": "2021-06-01", "citations": %s}"""
                .formatted(StatsFixtures.stockMetric("restricted-citation"), citations)));
        return records;
    }

    private static Map<String, String> pathValues(ApiOperations.Operation op, String id) {
        Map<String, String> values = new HashMap<>();
        for (String param : op.pathParams()) {
            values.put(param, ApiOperations.namesRecord(param) ? id
                    : ApiOperations.OTHER_PATH_VALUES.getOrDefault(param, List.of("x")).get(0));
        }
        return values;
    }

    private static Map<String, Object> query(ApiOperations.Operation op, String id) {
        Map<String, Object> query = new HashMap<>();
        if (op.queryParams().contains("limit")) {
            query.put("limit", 500);
        }
        op.queryParams().stream().filter(ApiOperations::namesRecord).forEach(p -> query.put(p, id));
        return query;
    }
}
