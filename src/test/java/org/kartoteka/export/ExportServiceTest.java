package org.kartoteka.export;

import static org.kartoteka.Auth.asAdmin;
import static org.kartoteka.Auth.asEditor;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;
import org.kartoteka.RecordFixtures;

/** Exports parsed with a strict RFC 4180 reader and compared with what the API answers. */
@QuarkusTest
class ExportServiceTest {

    private static final String TRICKY = "Ales, \"Bialiatski\"\nsecond line";
    private static final String FORMULA = "=cmd|' /C calc'!A0";

    @Inject
    ExportService exports;

    @Test
    void personsRowsMatchTheApiFieldForField() {
        String id = trickyPerson("PUBLIC");
        JsonPath api = asAdmin().when().get("/api/v1/persons/{id}", id).then().statusCode(200).extract().jsonPath();

        Map<String, String> row = StrictCsv.parse(export("persons", false)).row("id", id);

        assertThat(row.get("displayName"), equalTo(api.getString("displayName")));
        assertThat(row.get("birthDate"), equalTo("1962-09"));
        assertThat(row.get("birthDatePrecision"), equalTo("MONTH"));
        assertThat(row.get("gender"), equalTo(api.getString("gender")));
        assertThat(row.get("version"), equalTo(api.getString("version")));
        assertThat(row.get("visibility"), equalTo("PUBLIC"));
        assertThat(row.get("tags"), equalTo("a|b"));
        assertThat(java.time.Instant.parse(row.get("createdAt")), equalTo(java.time.Instant.parse(api.getString("createdAt"))));
        assertThat(row.get("createdAt"), org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d*[1-9])?Z"));
    }

    @Test
    void namesExternalIdsAndCitationsJoinByPersonId() {
        String id = trickyPerson("PUBLIC");
        JsonPath api = asAdmin().when().get("/api/v1/persons/{id}", id).then().extract().jsonPath();

        List<Map<String, String>> names = StrictCsv.parse(export("person-names", false)).rows().stream()
                .filter(r -> r.get("personId").equals(id)).toList();
        List<Map<String, String>> citations = StrictCsv.parse(export("citations", false)).rows().stream()
                .filter(r -> r.get("entityId").equals(id)).toList();
        Map<String, String> externalId = StrictCsv.parse(export("person-external-ids", false)).row("personId", id);

        assertThat(names.stream().map(r -> r.get("value")).toList(), equalTo(api.getList("names.value")));
        assertThat(names.get(1).get("lang"), equalTo("be"));
        assertThat(citations.size(), equalTo(1));
        assertThat(citations.get(0).get("entity"), equalTo("person"));
        assertThat(citations.get(0).get("sourceId"), equalTo(api.getString("citations[0].sourceId")));
        assertThat(citations.get(0).get("locator"), equalTo("p. 7, \"quoted\""));
        assertThat(citations.get(0).get("quote"), equalTo("'" + FORMULA));
        assertThat(externalId.get("value"), equalTo(api.getString("externalIds[0].value")));
    }

    @Test
    void formulaCellsAreNeutralisedWithALeadingQuote() {
        String id = trickyPerson("PUBLIC");

        Map<String, String> row = StrictCsv.parse(export("persons", false)).row("id", id);

        assertThat(row.get("description"), equalTo("'" + FORMULA));
        assertThat(row.get("occupation"), equalTo("'-1+2"));
        assertThat(row.get("region"), equalTo("'@region"));
    }

    @Test
    void chargesEndWithThePartTheChargeNamesAsTheApiShowsIt() {
        String caseId = RecordFixtures.caseOf(Fixtures.person("Export charge " + UUID.randomUUID(), "PUBLIC"), "export-part");
        String partOfAWholeArticle = charge(caseId, "342", "\"2\"");
        String noPart = charge(caseId, "342", "null");
        String beforeV33 = charge(caseId, "293", "\"2\"");
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update charge set part = null where id = cast(?1 as uuid)").setParameter(1, beforeV33).executeUpdate());

        StrictCsv.Table charges = StrictCsv.parse(export("charges", false));

        assertThat(charges.header().subList(charges.header().size() - 2, charges.header().size()),
                equalTo(List.of("outcome", "part")));
        assertThat(charges.row("id", partOfAWholeArticle).get("part"), equalTo("2"));
        assertThat(charges.row("id", noPart).get("part"), equalTo(""));
        assertThat(charges.row("id", beforeV33).get("part"), equalTo(asAdmin().when()
                .get("/api/v1/charges/{id}", beforeV33).then().statusCode(200).extract().path("article.part")));
        assertThat(charges.row("id", beforeV33).get("part"), equalTo("2"));
    }

    private static String charge(String caseId, String number, String part) {
        return RecordFixtures.create("charges", """
                {"caseId": "%s", "article": {"code": "BY-CC", "number": "%s", "part": %s}, "citations": %s}"""
                .formatted(caseId, number, part, RecordFixtures.citations("export charge")));
    }

    @Test
    void auditorsGetConfidentialPersonsWithIdsAndDatesButNoNames() {
        String id = trickyPerson("CONFIDENTIAL");

        Map<String, String> person = StrictCsv.parse(export("persons", true)).row("id", id);
        List<Map<String, String>> names = StrictCsv.parse(export("person-names", true)).rows().stream()
                .filter(r -> r.get("personId").equals(id)).toList();
        Map<String, String> citation = StrictCsv.parse(export("citations", true)).row("entityId", id);
        Map<String, String> unredacted = StrictCsv.parse(export("persons", false)).row("id", id);

        assertThat(person.get("displayName"), equalTo(""));
        assertThat(person.get("description"), equalTo(""));
        assertThat(person.get("birthDate"), equalTo("1962-09"));
        assertThat(names.size(), equalTo(2));
        assertThat(names.get(0).get("value"), equalTo(""));
        assertThat(citation.get("quote"), equalTo(""));
        assertThat(citation.get("sourceId"), not(equalTo("")));
        assertThat(unredacted.get("displayName"), equalTo(TRICKY));
    }

    @Test
    void theAuditExportBlanksConfidentialNamesForAuditors() {
        String id = trickyPerson("CONFIDENTIAL");

        Map<String, String> event = StrictCsv.parse(export("audit", true)).rows().stream()
                .filter(r -> r.get("entityId").equals(id) && r.get("entity").equals("person")).findFirst().orElseThrow();

        assertThat(event.get("after"), not(org.hamcrest.Matchers.containsString("Bialiatski")));
        assertThat(event.get("action"), equalTo("INSERT"));
    }

    @Test
    void anExportReadsOneSnapshotWhileWritesGoOn() {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        String[] written = new String[1];

        exports.inSnapshot(false, snapshot -> {
            ExportFile sources = snapshot.files().stream().filter(f -> f.name().equals("sources.csv")).findFirst()
                    .orElseThrow();
            snapshot.copy(sources, first, false);
            written[0] = Fixtures.source("Written during the export " + UUID.randomUUID());
            snapshot.copy(sources, second, false);
        });

        assertThat(second.toString(StandardCharsets.UTF_8), equalTo(first.toString(StandardCharsets.UTF_8)));
        assertThat(StrictCsv.parse(first.toString(StandardCharsets.UTF_8)).by(r -> r.get("id")), not(hasKey(written[0])));
        assertThat(StrictCsv.parse(export("sources", false)).by(r -> r.get("id")), hasKey(written[0]));
    }

    @Test
    void theBundleManifestMatchesItsFilesAndTheirBytesAreReproducible() throws IOException {
        Map<String, byte[]> one = Zips.unzip(bundle());
        Map<String, byte[]> two = Zips.unzip(bundle());
        JsonNode manifest = new ObjectMapper().readTree(one.get("manifest.json"));

        assertThat(manifest.get("schemaVersion").asText(), equalTo(latestMigration()));
        assertThat(manifest.get("generatedAt").asText(), not(nullValue()));
        for (JsonNode file : manifest.get("files")) {
            byte[] bytes = one.get(file.get("name").asText());
            StrictCsv.Table table = StrictCsv.parse(new String(bytes, StandardCharsets.UTF_8));
            assertThat(file.get("name").asText(), file.get("rows").asLong(), equalTo((long) table.rows().size()));
            assertThat(file.get("sha256").asText(), equalTo(HexFormat.of().formatHex(
                    sha256(bytes))));
            assertThat(two.get(file.get("name").asText()), equalTo(bytes));
        }
        List<String> names = one.keySet().stream().toList();
        assertThat(names.subList(0, 5), equalTo(List.of("sources.csv", "persons.csv", "person-names.csv",
                "person-external-ids.csv", "legal-articles.csv")));
        assertThat(names.subList(names.size() - 4, names.size()), equalTo(List.of("citations.csv", "audit.csv",
                "manifest.json", "datapackage.json")));
        assertThat(manifest.get("files").size(), equalTo(names.size() - 2));
        assertThat(two.get("datapackage.json"), equalTo(one.get("datapackage.json")));
    }

    @Test
    void aBomIsWrittenOnlyWhenAsked() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.inSnapshot(false, snapshot -> snapshot.copy(snapshot.files().get(0), out, true));

        assertThat(out.toString(StandardCharsets.UTF_8), startsWith("\uFEFFid,"));
        assertThat(export("sources", false), startsWith("id,version,createdAt"));
    }

    @Inject
    jakarta.persistence.EntityManager em;

    private String latestMigration() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select version from flyway_schema_history where success order by installed_rank desc limit 1")
                .getSingleResult());
    }

    private String export(String collection, boolean redact) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFile file = exports.file(collection).orElseThrow();
        exports.inSnapshot(redact, snapshot -> snapshot.copy(file, out, false));
        return out.toString(StandardCharsets.UTF_8);
    }

    private byte[] bundle() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.inSnapshot(false, snapshot -> Bundle.write(snapshot, out));
        return out.toByteArray();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A person whose fields need quoting and neutralising; returns the id. */
    static String trickyPerson(String visibility) {
        return trickyPersonAs(asEditor(), visibility);
    }

    static String trickyPersonAs(io.restassured.specification.RequestSpecification spec, String visibility) {
        String source = Fixtures.source("Export source");
        return spec
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "names", List.of(Map.of("value", TRICKY, "lang", "en", "script", "Latn"),
                                Map.of("value", "Алесь Бяляцкі", "lang", "be", "script", "Cyrl")),
                        "birthDate", "1962-09",
                        "region", "@region",
                        "occupation", "-1+2",
                        "tags", List.of("a", "b"),
                        "description", FORMULA,
                        "externalIds", List.of(Map.of("scheme", "test", "value", UUID.randomUUID().toString())),
                        "visibility", visibility,
                        "citations", List.of(Map.of("sourceId", source, "locator", "p. 7, \"quoted\"",
                                "quote", FORMULA))))
                .when()
                .post("/api/v1/persons")
                .then()
                .statusCode(201)
                .extract().path("id");
    }
}
