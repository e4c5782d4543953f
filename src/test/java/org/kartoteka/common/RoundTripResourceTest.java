package org.kartoteka.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.kartoteka.Auth.asEditor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;
import org.kartoteka.RecordFixtures;
import org.kartoteka.StatsFixtures;

/**
 * GET, edit, PUT with the ETag: the document as GET returned it is accepted back, read-only fields
 * included, on every kind of record; a different id or a changed read-only field is a 422 naming
 * it; an unknown field stays a 400.
 */
@QuarkusTest
class RoundTripResourceTest {

    @Test
    void everyRecordAcceptsBackTheDocumentItsGetReturned() {
        for (Map.Entry<String, String> record : records().entrySet()) {
            String path = "/api/v1/" + record.getKey() + "/" + record.getValue();
            Response read = asEditor().when().get(path);
            read.then().statusCode(200);
            asEditor()
                    .contentType(ContentType.JSON)
                    .header("If-Match", read.header("ETag"))
                    .body(read.asString())
                    .when()
                    .put(path)
                    .then()
                    .statusCode(200)
                    .body("id", equalTo(record.getValue()));
            // every kind compares its read-only fields with the record as it stands
            Response again = asEditor().when().get(path);
            Map<String, Object> edited = new LinkedHashMap<>(again.jsonPath().getMap(""));
            edited.put("createdAt", "2001-01-01T00:00:00Z");
            put(path, again.header("ETag"), edited).then().statusCode(422).body("errors.field", hasItem("createdAt"));
        }
    }

    @Test
    void oneFieldChangedIsSavedAndReadOnlyFieldsMustMatch() {
        String id = Fixtures.person("Round Trip " + UUID.randomUUID(), "PUBLIC");
        String path = "/api/v1/persons/" + id;
        Response read = asEditor().when().get(path);
        Map<String, Object> document = new LinkedHashMap<>(read.jsonPath().getMap(""));
        document.put("region", "Hrodna");
        put(path, read.header("ETag"), document).then().statusCode(200).body("region", equalTo("Hrodna"))
                .body("displayName", equalTo(document.get("displayName")));

        Response again = asEditor().when().get(path);
        Map<String, Object> current = new LinkedHashMap<>(again.jsonPath().getMap(""));
        for (Map.Entry<String, Object> changed : Map.<String, Object>of("id", UUID.randomUUID().toString(),
                "createdAt", "2001-01-01T00:00:00Z", "version", 99, "displayName", "Someone Else").entrySet()) {
            Map<String, Object> edited = new LinkedHashMap<>(current);
            edited.put(changed.getKey(), changed.getValue());
            put(path, again.header("ETag"), edited).then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                    .body("errors.field", hasItem(changed.getKey()));
        }
        Map<String, Object> unknown = new LinkedHashMap<>(current);
        unknown.put("nickname", "x");
        put(path, again.header("ETag"), unknown).then().statusCode(400).body("errors.field", hasItem("nickname"));
    }

    @Test
    void aCreateMayCarryReadOnlyFieldsButNoId() {
        String source = Fixtures.source("Round trip create " + UUID.randomUUID());
        String body = """
                {"names": [{"value": "Copy %s"}], "version": 3, "createdAt": "2020-01-01T00:00:00Z",
                 "displayName": "Copy", "citations": [{"sourceId": "%s"}]}""";
        asEditor().contentType(ContentType.JSON).body(body.formatted(UUID.randomUUID(), source))
                .when().post("/api/v1/persons").then().statusCode(201).body("version", equalTo(0));
        asEditor().contentType(ContentType.JSON)
                .body(body.replace("{\"names\"", "{\"id\": \"" + UUID.randomUUID() + "\", \"names\"")
                        .formatted(UUID.randomUUID(), source))
                .when().post("/api/v1/persons").then().statusCode(422).body("errors.field", hasItem("id"));
    }

    private static Response put(String path, String etag, Map<String, Object> body) {
        return asEditor().contentType(ContentType.JSON).header("If-Match", etag).body(body).when().put(path);
    }

    private static Map<String, String> records() {
        Map<String, String> records = new LinkedHashMap<>();
        String person = Fixtures.person("Round Trip All " + UUID.randomUUID(), "PUBLIC");
        records.put("persons", person);
        records.put("sources", Fixtures.source("Round trip " + UUID.randomUUID()));
        String caseId = RecordFixtures.caseOf(person, "round-trip");
        records.put("cases", caseId);
        records.put("charges", RecordFixtures.create("charges", """
                {"caseId": "%s", "article": {"code": "BY-CC", "number": "342"}, "citations": %s}"""
                .formatted(caseId, RecordFixtures.citations("rt"))));
        records.put("trials", RecordFixtures.create("trials", """
                {"caseId": "%s", "startedOn": "2021-05", "verdict": "CONVICTED", "verdictOn": "2021-09", "sentence": {"type": "PENAL_COLONY", "termDays": 700},
                 "citations": %s}""".formatted(caseId, RecordFixtures.citations("rt"))));
        records.put("detentions", RecordFixtures.create("detentions", """
                {"personId": "%s", "kind": "PRETRIAL", "startedOn": "2021-03-01", "citations": %s}"""
                .formatted(person, RecordFixtures.citations("rt"))));
        records.put("recognitions", RecordFixtures.create("recognitions", """
                {"personId": "%s", "recognizedBy": "Viasna", "recognizedOn": "2021-04", "citations": %s}"""
                .formatted(person, RecordFixtures.citations("rt"))));
        String metric = StatsFixtures.stockMetric("round-trip");
        records.put("observations", StatsFixtures.observation(metric, 5, "EXACT", "2021-06-01",
                Fixtures.source("rt obs " + UUID.randomUUID())));
        records.put("metrics", asEditor().when().get("/api/v1/metrics?limit=500").jsonPath()
                .getString("items.find { it.key == '" + metric + "' }.id"));
        records.put("legal-articles", RecordFixtures.create("legal-articles", """
                {"code": "XX-RT", "number": "%s", "title": "Round trip article"}"""
                .formatted(100_000 + Math.abs(UUID.randomUUID().hashCode() % 800_000))));
        return records;
    }
}
