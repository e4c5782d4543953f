package org.kartoteka.importing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.kartoteka.Auth.asEditor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;
import org.kartoteka.security.Role;

/**
 * Possible duplicates in an import (issue 10 point 4, docs/import.md "Possible duplicates"): a row
 * whose id matches no one but whose person scores at least duplicateScore against a recorded
 * person, or one an earlier row of the file created, is held back, created anyway or linked.
 */
@QuarkusTest
class ImportDuplicatesTest {

    private final String tag = letters(UUID.randomUUID().toString().replace("-", "").substring(0, 8));
    /** A surname no other test uses: letters only, so that it folds to a key of its own. */
    private final String surname = "Dubl" + tag;

    /** Digits spelled as letters, so that the tag is one word of a name. */
    private static String letters(String hex) {
        StringBuilder word = new StringBuilder();
        hex.chars().forEach(c -> word.append(Character.isDigit(c) ? (char) ('g' + c - '0') : (char) c));
        return word.toString();
    }

    private String id(int n) {
        return "d" + tag + ":" + n;
    }

    /** A row of {@link Imports#HEADER}: a former detention, no recognition. */
    private String row(int n, String name, String birthday, String region) {
        return id(n) + "," + name + ",,m," + birthday + "," + region + ",,former,2020-01-01,2020-02-01,,,,,,,,,,\n";
    }

    private static Map<String, Object> params(String source, Object... more) {
        Map<String, Object> params = new HashMap<>(Map.of("source", source, "atomic", false));
        for (int i = 0; i < more.length; i += 2) {
            params.put((String) more[i], more[i + 1]);
        }
        return params;
    }

    /** Ales {surname}, born 1985-04-12 in Minsk, recorded through the API. */
    private String recorded(String source) {
        return asEditor().contentType(ContentType.JSON).body("""
                        {"names": [{"value": "Ales %s"}], "gender": "MALE", "birthDate": "1985-04-12", "region": "Minsk",
                         "visibility": "PUBLIC", "citations": [{"sourceId": "%s", "locator": "p. 1"}]}"""
                        .formatted(surname, source))
                .when().post("/api/v1/persons").then().statusCode(201).extract().path("id");
    }

    private static long personsWithExternalId(String externalId) {
        return asEditor().queryParam("externalId", externalId).when().get("/api/v1/persons").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    @Test
    void byDefaultARowLikeARecordedPersonIsHeldBackNamingTheCandidateAndTheOtherRowsCommit() {
        String source = Fixtures.source("Duplicates " + tag);
        String stored = recorded(source);
        String csv = Imports.HEADER + row(1, "Ales " + surname, "1985-04-12", "Minsk")
                + row(2, "Zmitser Other" + tag, "1990-01-01", "Minsk");

        JsonPath job = Imports.run(Role.EDITOR, csv, Map.of("source", source));

        assertThat(job.getBoolean("atomic"), equalTo(true));
        assertThat(job.getBoolean("committed"), equalTo(true));
        assertThat(job.getInt("possibleDuplicates"), equalTo(1));
        assertThat(job.getInt("created"), equalTo(1));
        assertThat(job.getInt("rejected"), equalTo(0));
        assertThat(job.getDouble("duplicateScore"), equalTo(0.9));
        assertThat(job.getString("onDuplicate"), equalTo("REPORT"));
        JsonPath held = Imports.rows(Role.EDITOR, job.getString("id"), "POSSIBLE_DUPLICATE");
        assertThat(held.getList("items.row"), contains(1));
        assertThat(held.getString("items[0].possibleDuplicate.personId"), equalTo(stored));
        assertThat(held.getString("items[0].possibleDuplicate.displayName"), equalTo("Ales " + surname));
        assertThat(held.getDouble("items[0].possibleDuplicate.score"), greaterThanOrEqualTo(0.9));
        assertThat(held.getString("items[0].possibleDuplicate.row"), nullValue());
        assertThat(held.getList("items[0].warnings.message", String.class), hasItem(containsString(stored)));
        assertThat(held.getMap("items[0].records").size(), equalTo(0));
        asEditor().queryParam("q", surname).when().get("/api/v1/persons").then().statusCode(200)
                .body("items.id", contains(stored));

        String report = asEditor().accept("text/csv").queryParam("outcome", "POSSIBLE_DUPLICATE")
                .when().get("/api/v1/imports/" + job.getString("id") + "/rows").then().statusCode(200)
                .extract().asString();
        List<String> lines = report.lines().toList();
        assertThat(lines.get(0), equalTo("row,external_id,outcome,errors,warnings,changed_fields,person_id,records,"
                + "possible_duplicate_id,possible_duplicate_score"));
        assertThat(lines.get(1), startsWith("1," + id(1) + ",POSSIBLE_DUPLICATE,"));
        assertThat(lines.get(lines.size() - 1), containsString("," + stored + ","));
    }

    @Test
    void onDuplicateCreateCreatesThePersonWithAWarningNamingTheCandidate() {
        String source = Fixtures.source("Duplicates " + tag);
        String stored = recorded(source);

        JsonPath job = Imports.run(Role.EDITOR, Imports.HEADER + row(1, "Алесь " + surname, "1985-04-12", "Minsk"),
                params(source, "onDuplicate", "create"));

        assertThat(job.getInt("created"), equalTo(1));
        assertThat(job.getInt("possibleDuplicates"), equalTo(0));
        JsonPath rows = Imports.rows(Role.EDITOR, job.getString("id"), "CREATED");
        assertThat(rows.getString("items[0].possibleDuplicate.personId"), equalTo(stored));
        assertThat(rows.getList("items[0].warnings.message"), hasItem(containsString("created anyway")));
        assertThat(rows.getString("items[0].records.person"), org.hamcrest.Matchers.not(equalTo(stored)));
    }

    @Test
    void onDuplicateLinkAddsTheIdToTheCandidateAndUpdatesItAsAMatchedRow() {
        String source = Fixtures.source("Duplicates " + tag);
        String stored = recorded(source);
        String csv = Imports.HEADER + row(1, "Ales " + surname, "1985-04-12", "Minsk");

        JsonPath job = Imports.run(Role.EDITOR, csv, params(source, "onDuplicate", "LINK"));

        assertThat(job.getInt("updated"), equalTo(1));
        assertThat(job.getInt("created") + job.getInt("possibleDuplicates"), equalTo(0));
        JsonPath rows = Imports.rows(Role.EDITOR, job.getString("id"), "UPDATED");
        assertThat(rows.getString("items[0].records.person"), equalTo(stored));
        assertThat(rows.getString("items[0].possibleDuplicate.personId"), equalTo(stored));
        assertThat(rows.getList("items[0].changedFields", String.class), hasItem("person.externalIds"));
        assertThat(rows.getList("items[0].changedFields", String.class), hasItem("detentions"));
        JsonPath person = asEditor().when().get("/api/v1/persons/" + stored).then().statusCode(200).extract().jsonPath();
        assertThat(person.getList("externalIds.value"), hasItem(id(1).substring(id(1).indexOf(':') + 1)));
        assertThat(person.getList("citations.locator"), hasItem("row 1"));

        JsonPath again = Imports.run(Role.EDITOR, csv, params(source));
        assertThat(again.getInt("unchanged"), equalTo(1));
    }

    @Test
    void theThresholdIsTheJobsAndBadValuesAreRefused() {
        String source = Fixtures.source("Duplicates " + tag);
        recorded(source);
        String csv = Imports.HEADER + row(1, "Ales " + surname, "1985-04-12", "Homiel");

        JsonPath strict = Imports.run(Role.EDITOR, csv, params(source, "duplicateScore", "0.98", "dryRun", true));
        JsonPath lenient = Imports.run(Role.EDITOR, csv, params(source, "duplicateScore", "0.95", "dryRun", true));

        assertThat(strict.getInt("created"), equalTo(1));
        assertThat(strict.getInt("possibleDuplicates"), equalTo(0));
        assertThat(lenient.getInt("possibleDuplicates"), equalTo(1));
        double score = Imports.rows(Role.EDITOR, lenient.getString("id"), null).getDouble("items[0].possibleDuplicate.score");
        assertThat(score, greaterThanOrEqualTo(0.95));
        assertThat(score, lessThan(0.98));
        for (String[] bad : new String[][] {{"duplicateScore", "1.5"}, {"duplicateScore", "high"},
                {"duplicateScore", "-0.1"}, {"onDuplicate", "merge"}}) {
            asEditor().contentType("text/csv").queryParam("source", source).queryParam(bad[0], bad[1])
                    .body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .when().post("/api/v1/imports").then().statusCode(422)
                    .body("errors[0].field", equalTo(bad[0]));
        }
    }

    @Test
    void aPairRecordedAsDistinctIsNotFlaggedAgain() {
        String source = Fixtures.source("Duplicates " + tag);
        String stored = recorded(source);
        String csv = Imports.HEADER + row(1, "Ales " + surname, "1985-04-12", "Minsk");
        JsonPath created = Imports.run(Role.EDITOR, csv, params(source, "onDuplicate", "create"));
        String namesake = Imports.rows(Role.EDITOR, created.getString("id"), null).getString("items[0].records.person");
        asEditor().contentType(ContentType.JSON).body("{\"from\": \"" + stored + "\", \"note\": \"other passport\"}")
                .when().post("/api/v1/persons/" + namesake + "/distinct").then().statusCode(204);

        JsonPath again = Imports.run(Role.EDITOR, csv.replace(",Minsk,,former", ",Brest,,former"), params(source));

        assertThat(again.getInt("updated"), equalTo(1));
        assertThat(again.getInt("possibleDuplicates"), equalTo(0));
        JsonPath row = Imports.rows(Role.EDITOR, again.getString("id"), null);
        assertThat(row.getString("items[0].records.person"), equalTo(namesake));
        assertThat(row.getString("items[0].possibleDuplicate"), nullValue());
    }

    @Test
    void aSecondRowOfTheSameFileDescribingTheSamePersonIsHeldBackAlsoInADryRun() {
        String source = Fixtures.source("Duplicates " + tag);
        String csv = Imports.HEADER + row(1, "Ales " + surname, "1985-04-12", "Minsk")
                + row(2, "Zmitser Other" + tag, "1990-01-01", "Minsk")
                + row(3, "Алесь " + surname, "1985-04-12", "Minsk");

        for (boolean dryRun : new boolean[] {true, false}) {
            JsonPath job = Imports.run(Role.EDITOR, csv, params(source, "dryRun", dryRun, "atomic", !dryRun));

            assertThat(job.getInt("created"), equalTo(2));
            assertThat(job.getInt("possibleDuplicates"), equalTo(1));
            assertThat(job.getBoolean("committed"), equalTo(!dryRun));
            JsonPath rows = Imports.rows(Role.EDITOR, job.getString("id"), null);
            assertThat(rows.getString("items[2].outcome"), equalTo("POSSIBLE_DUPLICATE"));
            assertThat(rows.getInt("items[2].possibleDuplicate.row"), equalTo(1));
            assertThat(rows.getString("items[2].possibleDuplicate.personId"),
                    equalTo(rows.getString("items[0].records.person")));
        }
        assertThat(personsWithExternalId(id(3)), equalTo(0L));
    }

    @Test
    void linkNeverLinksToAPersonTheSameFileCreated() {
        String source = Fixtures.source("Duplicates " + tag);
        String csv = Imports.HEADER + row(1, "Ales " + surname, "1985-04-12", "Minsk")
                + row(2, "Ales " + surname, "1985-04-12", "Minsk");

        JsonPath job = Imports.run(Role.EDITOR, csv, params(source, "onDuplicate", "link"));

        assertThat(job.getInt("created"), equalTo(1));
        assertThat(job.getInt("possibleDuplicates"), equalTo(1));
        JsonPath held = Imports.rows(Role.EDITOR, job.getString("id"), "POSSIBLE_DUPLICATE");
        assertThat(held.getList("items.warnings.message").toString(), containsString("merge the two rows"));
    }
}
