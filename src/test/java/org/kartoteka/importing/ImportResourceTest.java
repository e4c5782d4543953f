package org.kartoteka.importing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.kartoteka.Auth.anonymously;
import static org.kartoteka.Auth.as;
import static org.kartoteka.Auth.asEditor;
import static org.kartoteka.Auth.asResearcher;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;
import org.kartoteka.security.Role;

/** POST /api/v1/imports end to end: jobs, the per-row report, what rows write, dry runs, atomicity, re-imports. */
@QuarkusTest
class ImportResourceTest {

    @Inject
    EntityManager em;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private String id(int n) {
        return "t" + tag + ":" + n;
    }

    private String fullRow(int n) {
        return id(n) + ",Ales Test" + tag + ",Алесь Тэст,m,1980,Minsk,engineer,active,2021-03-17,,Penal colony No. 1,"
                + "Part 2 of Art. 293 of the Criminal Code — Participation in riots,ч. 2 ст. 342 УК,Minsk City Court,"
                + "\"Ivanov, Petrov\",17.09.2021,6 years,imprisonment in a medium-security penal colony,2021-04,a|b\n";
    }

    private Map<String, Object> params(String source, Object... more) {
        Map<String, Object> params = new java.util.HashMap<>(Map.of("source", source));
        for (int i = 0; i < more.length; i += 2) {
            params.put((String) more[i], more[i + 1]);
        }
        return params;
    }

    @Test
    void aFullRowWritesPersonCaseChargesTrialDetentionsAndRecognitionCitingItsRow() {
        String source = Fixtures.source("Register " + tag);
        JsonPath job = Imports.run(Role.EDITOR, Imports.HEADER + fullRow(1), params(source));

        assertThat(job.getString("status"), equalTo("DONE"));
        assertThat(job.getInt("created"), equalTo(1));
        assertThat(job.getBoolean("committed"), equalTo(true));
        JsonPath row = Imports.rows(Role.EDITOR, job.getString("id"), null);
        String person = row.getString("items[0].records.person");
        asEditor().when().get("/api/v1/persons/" + person).then().statusCode(200)
                .body("displayName", equalTo("Ales Test" + tag))
                .body("gender", equalTo("MALE"))
                .body("visibility", equalTo("RESTRICTED"))
                .body("externalIds[0].value", equalTo(id(1).substring(id(1).indexOf(':') + 1)))
                .body("citations[0].sourceId", equalTo(source))
                .body("citations[0].locator", equalTo("row 1"));
        JsonPath detentions = asEditor().queryParam("personId", person).queryParam("sort", "startedOn")
                .when().get("/api/v1/detentions").then().statusCode(200).extract().jsonPath();
        assertThat(detentions.getList("items.kind"), contains("PRETRIAL", "SENTENCE"));
        assertThat(detentions.getList("items.startedOn"), contains("2021-03-17", "2021-09-17"));
        assertThat(detentions.getString("items[0].endedOn"), equalTo("2021-09-17"));
        assertThat(detentions.getString("items[1].endedOn"), equalTo(null));
        assertThat(detentions.getString("items[1].facility"), equalTo("Penal colony No. 1"));
        String trial = row.getString("items[0].records.trial");
        asEditor().when().get("/api/v1/trials/" + trial).then().statusCode(200)
                .body("verdict", equalTo("CONVICTED"))
                .body("verdictOn", equalTo("2021-09-17"))
                .body("sentence.type", equalTo("PENAL_COLONY"))
                .body("sentence.regime", equalTo("medium"))
                .body("sentence.termDays", equalTo(2190))
                .body("judges", contains("Ivanov", "Petrov"));
        assertThat(row.getList("items[0].records.charges"), hasSize(2));
        String caseId = row.getString("items[0].records.case");
        asEditor().queryParam("caseId", caseId).when().get("/api/v1/charges").then().statusCode(200)
                .body("items.article.citation", containsInAnyOrder("BY-CC 293 part 2", "BY-CC 342 part 2"))
                .body("items.outcome", everyItem(equalTo("CONVICTED")));
        asEditor().queryParam("personId", person).when().get("/api/v1/recognitions").then().statusCode(200)
                .body("items[0].recognizedOn", equalTo("2021-04"))
                .body("items[0].recognizedBy", equalTo("Test Desk"));
    }

    @Test
    void notAtomicWritesTheValidRowsAndRejectsEachInvalidOneNamingItsColumn() {
        String source = Fixtures.source("Register " + tag);
        String csv = Imports.HEADER + fullRow(1)
                + id(2) + ",Bad Date,,,,,,active,31.02.2021,,,,,,,,,,2021,\n"
                + id(3) + ",Bad Article,,,,,,active,2021,,,Art. 999,,,,,,,2021,\n"
                + id(4) + ",Released Early,,,,,,former,2021-05-01,2021-04-01,,,,,,,,,2021,\n"
                + id(5) + ",,,,,,,active,2021,,,,,,,,,,2021,\n"
                + ",No Id,,,,,,active,2021,,,,,,,,,,2021,\n"
                + id(7) + ",Not Recognised,,f,,,,former,2020-01-01,2020-02-01,,,,,,,,,,\n";
        JsonPath job = Imports.run(Role.EDITOR, csv, params(source, "atomic", false));

        assertThat(job.getInt("created"), equalTo(2));
        assertThat(job.getInt("rejected"), equalTo(5));
        assertThat(job.getInt("rowsTotal"), equalTo(7));
        JsonPath rejected = Imports.rows(Role.EDITOR, job.getString("id"), "REJECTED");
        assertThat(rejected.getList("items.row"), contains(2, 3, 4, 5, 6));
        assertThat(rejected.getString("items[0].errors[0].column"), equalTo("detained_on"));
        assertThat(rejected.getString("items[1].errors[0].column"), equalTo("articles"));
        assertThat(rejected.getString("items[1].errors[0].message"), containsString("999"));
        assertThat(rejected.getString("items[2].errors[0].column"), equalTo("released_on"));
        assertThat(rejected.getString("items[3].errors[0].column"), equalTo("name"));
        assertThat(rejected.getString("items[4].errors[0].column"), equalTo("external_id"));
        JsonPath created = Imports.rows(Role.EDITOR, job.getString("id"), "CREATED");
        assertThat(created.getList("items[1].warnings.column"), hasItem("recognized_on"));
    }

    @Test
    void aDryRunWritesNothingAndReportsWhatACommitDoes() {
        String source = Fixtures.source("Register " + tag);
        String csv = Imports.HEADER + fullRow(1) + id(2) + ",Bad Date,,,,,,active,31.02.2021,,,,,,,,,,2021,\n";
        long before = personsWithExternalIdsLike("t" + tag);

        JsonPath dry = Imports.run(Role.EDITOR, csv, params(source, "dryRun", true, "atomic", false));

        assertThat(dry.getBoolean("dryRun"), equalTo(true));
        assertThat(dry.getBoolean("committed"), equalTo(false));
        assertThat(personsWithExternalIdsLike("t" + tag), equalTo(before));
        String wouldBe = Imports.rows(Role.EDITOR, dry.getString("id"), null).getString("items[0].records.person");
        asEditor().when().get("/api/v1/persons/" + wouldBe).then().statusCode(404);
        JsonPath real = Imports.run(Role.EDITOR, csv, params(source, "atomic", false));
        assertThat(Imports.rows(Role.EDITOR, real.getString("id"), null).getList("items.outcome"),
                equalTo(Imports.rows(Role.EDITOR, dry.getString("id"), null).getList("items.outcome")));
        assertThat(auditEventsOf(dry.getString("id")), equalTo(0L));
    }

    @Test
    void anAtomicImportWithARejectedRowWritesNothing() {
        String source = Fixtures.source("Register " + tag);
        String csv = Imports.HEADER + fullRow(1) + id(2) + ",Bad Date,,,,,,active,31.02.2021,,,,,,,,,,2021,\n";

        JsonPath job = Imports.run(Role.EDITOR, csv, params(source));

        assertThat(job.getString("status"), equalTo("DONE"));
        assertThat(job.getBoolean("atomic"), equalTo(true));
        assertThat(job.getBoolean("committed"), equalTo(false));
        assertThat(job.getInt("rejected"), equalTo(1));
        assertThat(personsWithExternalIdsLike("t" + tag), equalTo(0L));
    }

    @Test
    void theSameFileTwiceIsUnchangedAndWritesNoAuditRows() {
        String source = Fixtures.source("Register " + tag);
        String csv = Imports.HEADER + fullRow(1) + fullRow(2).replace("Ales", "Olga");
        JsonPath first = Imports.run(Role.EDITOR, csv, params(source));
        assertThat(first.getInt("created"), equalTo(2));
        assertThat(auditEventsOf(first.getString("id")), org.hamcrest.Matchers.greaterThan(10L));

        JsonPath second = Imports.run(Role.EDITOR, csv, params(source));

        assertThat(second.getInt("unchanged"), equalTo(2));
        assertThat(second.getInt("created") + second.getInt("updated"), equalTo(0));
        assertThat(auditEventsOf(second.getString("id")), equalTo(0L));
    }

    @Test
    void aChangedCellUpdatesOnlyItsRecordsAndAnEmptyCellErasesNothing() {
        String source = Fixtures.source("Register " + tag);
        Imports.run(Role.EDITOR, Imports.HEADER + fullRow(1), params(source));
        String changed = Imports.HEADER + fullRow(1).replace(",Minsk,engineer,", ",Homiel,,")
                .replace("active,2021-03-17,,", "former,2021-03-17,2024-01-05,");

        JsonPath job = Imports.run(Role.EDITOR, changed, params(source));

        assertThat(job.getInt("updated"), equalTo(1));
        JsonPath row = Imports.rows(Role.EDITOR, job.getString("id"), "UPDATED");
        assertThat(row.getList("items[0].changedFields", String.class), containsInAnyOrder("person.region",
                "detention.SENTENCE.endedOn"));
        String person = row.getString("items[0].records.person");
        asEditor().when().get("/api/v1/persons/" + person).then().statusCode(200)
                .body("region", equalTo("Homiel"))
                .body("occupation", equalTo("engineer"));
    }

    @Test
    void createdPersonsAreFoundByNameAndARenamedPersonByTheNewNameOnly() {
        String source = Fixtures.source("Register " + tag);
        String before = "Ales" + UUID.randomUUID().toString().substring(0, 8);
        String after = "Zmitser" + UUID.randomUUID().toString().substring(0, 8);
        String row = fullRow(1).replace("Ales Test", before + " Test").replace("Алесь Тэст", "Алесь");
        JsonPath first = Imports.run(Role.EDITOR, Imports.HEADER + row + fullRow(2), params(source));
        String person = Imports.rows(Role.EDITOR, first.getString("id"), null).getString("items[0].records.person");
        asEditor().queryParam("q", before).when().get("/api/v1/persons").then().statusCode(200)
                .body("items.id", contains(person));
        asEditor().queryParam("q", after).when().get("/api/v1/persons").then().statusCode(200)
                .body("items", hasSize(0));

        JsonPath renamed = Imports.run(Role.EDITOR, Imports.HEADER + row.replace(before, after) + fullRow(2),
                params(source));

        assertThat(renamed.getInt("updated"), equalTo(1));
        asEditor().queryParam("q", after).when().get("/api/v1/persons").then().statusCode(200)
                .body("items.id", contains(person));
        asEditor().queryParam("q", before).when().get("/api/v1/persons").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void ndjsonRowsHaveTheSameKeys() {
        String source = Fixtures.source("Register " + tag);
        String ndjson = "{\"external_id\": \"" + id(1) + "\", \"name\": \"Json Person\", \"arrested\": \"2022-02-02\","
                + " \"status\": \"active\", \"articles\": [\"342\", \"Art. 361-1\"], \"recognized_on\": \"2022\","
                + " \"photo\": \"x.jpg\"}\n\n"
                + "{\"external_id\": \"" + id(2) + "\", \"name\": \"Bad\", \"birthday\": \"2999\"}\n";

        JsonPath job = Imports.finished(Role.EDITOR, Imports.submit(Role.EDITOR, "application/x-ndjson", ndjson,
                params(source, "atomic", false)));

        assertThat(job.getInt("created"), equalTo(1));
        assertThat(job.getInt("rejected"), equalTo(1));
        assertThat(job.getList("ignoredColumns"), contains("photo"));
        JsonPath rows = Imports.rows(Role.EDITOR, job.getString("id"), null);
        assertThat(rows.getList("items[0].records.charges"), hasSize(2));
        assertThat(rows.getString("items[1].errors[0].column"), equalTo("birth_date"));
    }

    /**
     * Imports 300 NDJSON rows (atomic, possible duplicates created), row {@code bad} with a birth
     * date in the future (0: none): two chunks of the default 250, the second read while the first
     * is written (ChunkReader). Answers the finished job, all 300 rows done.
     */
    private JsonPath importTwoChunks(int bad) {
        StringBuilder ndjson = new StringBuilder();
        for (int n = 1; n <= 300; n++) {
            ndjson.append("{\"external_id\": \"").append(id(n)).append("\", \"name\": \"Chunk Person").append(tag)
                    .append('n').append(n).append("\", \"birthday\": \"").append(n == bad ? "2999" : "1980")
                    .append("\"}\n");
        }
        JsonPath job = Imports.finished(Role.EDITOR, Imports.submit(Role.EDITOR, "application/x-ndjson",
                ndjson.toString(), params(Fixtures.source("Register " + tag), "onDuplicate", "CREATE")));
        assertThat(job.getString("status"), equalTo("DONE"));
        assertThat(job.getInt("rowsDone"), equalTo(300));
        return job;
    }

    @Test
    void rowsOfSeveralChunksAreWrittenAndReportedInFileOrder() {
        JsonPath job = importTwoChunks(0);

        assertThat(job.getInt("created"), equalTo(300));
        assertThat(personsWithExternalIdsLike("t" + tag), equalTo(300L));
        List<Integer> rows = Imports.rows(Role.EDITOR, job.getString("id"), null).getList("items.row", Integer.class);
        assertThat(rows, equalTo(java.util.stream.IntStream.rangeClosed(1, 300).boxed().toList()));
    }

    @Test
    void aCommitRefreshesThePlannerStatisticsOfTheTablesItsForeignKeysPointAtAndADryRunDoesNot() {
        String source = Fixtures.source("Register " + tag);
        double before = lastAnalyzed("person");
        Imports.run(Role.EDITOR, Imports.HEADER + fullRow(1), params(source, "dryRun", true));
        assertThat(lastAnalyzed("person"), equalTo(before));

        importTwoChunks(0);

        assertThat(lastAnalyzed("person"), org.hamcrest.Matchers.greaterThan(before));
        assertThat(lastAnalyzed("case_file"), org.hamcrest.Matchers.greaterThan(0.0));
    }

    /** When the table was last analyzed by hand (V93's function; autovacuum's analyses are counted apart), epoch seconds. */
    private double lastAnalyzed(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select coalesce(extract(epoch from last_analyze), 0) from pg_stat_user_tables"
                        + " where relname = ?1 and schemaname = current_schema()")
                .setParameter(1, table).getSingleResult()).doubleValue());
    }

    @Test
    void anAtomicImportWithARejectedRowInALaterChunkWritesNothing() {
        JsonPath job = importTwoChunks(280);

        assertThat(job.getBoolean("committed"), equalTo(false));
        assertThat(job.getInt("rejected"), equalTo(1));
        assertThat(personsWithExternalIdsLike("t" + tag), equalTo(0L));
        assertThat(Imports.rows(Role.EDITOR, job.getString("id"), "REJECTED").getList("items.row", Integer.class),
                contains(280));
    }

    @Test
    void theReportIsCsvForTheResearcherWhoSentTheFile() {
        String source = Fixtures.source("Register " + tag);
        String csv = Imports.HEADER + fullRow(1) + id(2) + ",=1+1,,,,,,active,31.02.2021,,,,,,,,,,2021,\n";
        JsonPath job = Imports.run(Role.RESEARCHER, csv, params(source, "atomic", false));

        String report = asResearcher().accept("text/csv").when().get("/api/v1/imports/" + job.getString("id")
                + "/rows?outcome=REJECTED").then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();

        List<String> lines = report.lines().toList();
        assertThat(lines.get(0), equalTo("row,external_id,outcome,errors,warnings,changed_fields,person_id,records,"
                + "possible_duplicate_id,possible_duplicate_score"));
        assertThat(lines.get(1), startsWith("2," + id(2) + ",REJECTED,\"detained_on: '31.02.2021'"));
        asEditor().when().get("/api/v1/imports/" + job.getString("id")).then().statusCode(200)
                .body("startedBy.role", equalTo("researcher"));
    }

    @Test
    void researchersSeeOnlyTheirOwnJobsAndAnonymousCallersNone() {
        String source = Fixtures.source("Register " + tag);
        String editors = Imports.submit(Role.EDITOR, "text/csv", Imports.HEADER + fullRow(1), params(source));
        Imports.finished(Role.EDITOR, editors);

        asResearcher().when().get("/api/v1/imports/" + editors).then().statusCode(404);
        anonymously().when().get("/api/v1/imports").then().statusCode(401);
        as(Role.AUDITOR).when().get("/api/v1/imports/" + editors).then().statusCode(200);
        as(Role.AUDITOR).contentType("text/csv").queryParam("source", source).body(Imports.HEADER.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/imports").then().statusCode(403);
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        asEditor().contentType("text/csv").body((Imports.HEADER + fullRow(1)).getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/api/v1/imports")
                .then().statusCode(422).body("errors[0].field", equalTo("source"));
        String source = Fixtures.source("Register " + tag);
        asEditor().contentType("text/csv").queryParam("source", source).queryParam("dryRun", "maybe")
                .body(Imports.HEADER.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/api/v1/imports")
                .then().statusCode(422).body("errors[0].field", equalTo("dryRun"));
        asEditor().contentType("text/csv").queryParam("source", source).queryParam("visibility", "SECRET")
                .body(Imports.HEADER.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/api/v1/imports")
                .then().statusCode(422).body("errors[0].field", equalTo("visibility"));
        asResearcher().contentType("text/csv").queryParam("source", source).queryParam("visibility", "CONFIDENTIAL")
                .body(Imports.HEADER.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/api/v1/imports").then().statusCode(403);
        asEditor().contentType("application/pdf").queryParam("source", source).body(new byte[] {1}).when()
                .post("/api/v1/imports").then().statusCode(415);
        asEditor().when().get("/api/v1/imports/" + UUID.randomUUID() + "/rows?outcome=MAYBE")
                .then().statusCode(422).body("errors[0].field", equalTo("outcome"));
    }

    @Test
    void auditRowsCarryTheImportingTokenAndTheJob() {
        String source = Fixtures.source("Register " + tag);
        JsonPath job = Imports.run(Role.RESEARCHER, Imports.HEADER + fullRow(1), params(source));

        @SuppressWarnings("unchecked")
        List<Object[]> actors = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select distinct actor_role, actor_name from audit_event where request_id = ?1")
                .setParameter(1, "import:" + job.getString("id")).getResultList());
        assertThat(actors, hasSize(1));
        assertThat(actors.get(0)[0], equalTo("researcher"));
        assertThat(actors.get(0)[1], equalTo("test researcher"));
        assertThat(List.of(actors.get(0)), everyItem(org.hamcrest.Matchers.notNullValue()));
    }

    @Test
    void theExampleFileOfTheDocsImportsAsTheyDescribe() throws java.io.IOException {
        String source = Fixtures.source("Register " + tag);
        String scheme = "ex" + tag;
        String csv = java.nio.file.Files.readString(java.nio.file.Path.of("docs/examples/register-sample.csv"));

        JsonPath job = Imports.run(Role.EDITOR, csv, params(source, "idScheme", scheme, "atomic", false));

        assertThat(job.getInt("created"), equalTo(4));
        assertThat(job.getInt("rejected"), equalTo(1));
        assertThat(job.getList("ignoredColumns"), contains("url"));
        JsonPath rejected = Imports.rows(Role.EDITOR, job.getString("id"), "REJECTED");
        assertThat(rejected.getString("items[0].externalId"), equalTo(scheme + ":1005"));
        assertThat(rejected.getList("items[0].errors.column"), containsInAnyOrder("birth_date", "articles"));
        JsonPath created = Imports.rows(Role.EDITOR, job.getString("id"), "CREATED");
        assertThat(created.getList("items[3].warnings.column"), hasItem("recognized_on"));
    }

    @Test
    void theCountsAfterAnImportFollowTheCountingRules() {
        String source = Fixtures.source("Register " + tag);
        int midJune = politicalPrisonersOn("2019-06-15");
        int july = politicalPrisonersOn("2019-07-01");
        String csv = Imports.HEADER
                + id(1) + ",Held Recognised In June,,,,,,active,2019-05-01,,,342,,,,,,,2019-06,\n"
                + id(2) + ",Held Not Recognised,,,,,,active,2019-05-01,,,342,,,,,,,,\n"
                + id(3) + ",Released Before,,,,,,former,2019-05-01,2019-06-10,,342,,,,,,,2019-05,\n"
                + id(4) + ",Recognised In July,,,,,,active,2019-05-01,,,342,,,,,,,2019-07,\n"
                + id(5) + ",Sentenced Before,,,,,,active,2019-01-10,,,342,,,,2019-03-01,2 years,"
                + "imprisonment in a general-regime penal colony,2019-02,\n"
                + id(6) + ",End Unknown,,,,,,former,2019-05-01,,,342,,,,,,,2019-05,\n"
                + id(7) + ",Arrested In June,,,,,,active,2019-06,,,342,,,,,,,2019-05,\n";

        JsonPath job = Imports.run(Role.EDITOR, csv, params(source));

        assertThat(job.getInt("created"), equalTo(7));
        // docs/counting.md, conservative reading: on 2019-06-15 only row 5 (held since the verdict,
        // recognised in February) certainly counts: June 2019 may be after the 15th (rows 1, 7).
        assertThat(politicalPrisonersOn("2019-06-15") - midJune, equalTo(1));
        // on 2019-07-01 rows 1, 5 and 7; never 2 (no recognition), 3 (released), 4 (recognised in July,
        // maybe after the 1st) nor 6 (end unknown: counted on no day).
        assertThat(politicalPrisonersOn("2019-07-01") - july, equalTo(3));
    }

    private static int politicalPrisonersOn(String day) {
        return anonymously().queryParam("metric", "political-prisoners").queryParam("from", day).queryParam("to", day)
                .queryParam("interval", "day").when().get("/api/v1/stats/series").then().statusCode(200)
                .extract().path("points[0].value");
    }

    private long personsWithExternalIdsLike(String scheme) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from person_external_id where scheme = ?1").setParameter(1, scheme)
                .getSingleResult()).longValue());
    }

    private long auditEventsOf(String jobId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_event where request_id = ?1").setParameter(1, "import:" + jobId)
                .getSingleResult()).longValue());
    }
}
