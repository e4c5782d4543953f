package org.kartoteka.export;

import static org.kartoteka.Auth.anonymously;
import static org.kartoteka.Auth.asAdmin;
import static org.kartoteka.Auth.asAuditor;
import static org.kartoteka.Auth.asEditor;
import static org.kartoteka.Auth.asResearcher;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;

/** {@code Accept: text/csv} on a list: the same filters and page as JSON, as strict RFC 4180. */
@QuarkusTest
class CsvListResourceTest {

    @Test
    void aFilteredListAnswersTheSamePageAsCsv() {
        String id = ExportServiceTest.trickyPerson("PUBLIC");
        List<String> jsonIds = asAuditor()
                .queryParam("q", "bialiatski\"")
                .queryParam("limit", 500)
                .when()
                .get("/api/v1/persons")
                .then()
                .statusCode(200)
                .extract().path("items.id");

        String csv = asAuditor()
                .accept("text/csv")
                .queryParam("q", "bialiatski\"")
                .queryParam("limit", 500)
                .when()
                .get("/api/v1/persons")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract().asString();

        StrictCsv.Table table = StrictCsv.parse(csv);
        assertThat(table.rows().stream().map(r -> r.get("id")).toList(), equalTo(jsonIds));
        Map<String, String> row = table.row("id", id);
        assertThat(row.get("description"), equalTo("'=cmd|' /C calc'!A0"));
        assertThat(row.get("birthDate"), equalTo("1962-09"));
        assertThat(row.get("birthDatePrecision"), equalTo("MONTH"));
        assertThat(row.get("names"), containsString("Бяляцкі"));
    }

    @Test
    void theNextPageIsLinked() {
        Fixtures.source("Paged CSV one");
        Fixtures.source("Paged CSV two");

        Response response = asAuditor()
                .accept("text/csv")
                .queryParam("limit", 1)
                .when()
                .get("/api/v1/sources");

        assertThat(response.statusCode(), equalTo(200));
        assertThat(response.header("Link"), containsString("rel=\"next\""));
        assertThat(StrictCsv.parse(response.asString()).rows().size(), equalTo(1));
    }

    @Test
    void anEmptyPageIsAHeaderRow() {
        String csv = asAuditor()
                .accept("text/csv")
                .queryParam("q", "no such person anywhere")
                .when()
                .get("/api/v1/persons")
                .then()
                .statusCode(200)
                .extract().asString();

        assertThat(csv, startsWith("id,version,createdAt,updatedAt,displayName,names,"));
        assertThat(StrictCsv.parse(csv).rows().size(), equalTo(0));
    }

    @Test
    void aBadFilterIsStillAProblem() {
        asAuditor()
                .accept("text/csv")
                .queryParam("gender", "robot")
                .when()
                .get("/api/v1/persons")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void csvListsAreForAuditorsAndAdmins() {
        asAdmin().accept("text/csv").when().get("/api/v1/sources").then().statusCode(200)
                .contentType(startsWith("text/csv"));
        asEditor().accept("text/csv").when().get("/api/v1/sources").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("auditor and admin"));
        asResearcher().accept("text/csv").when().get("/api/v1/persons").then().statusCode(403);
        anonymously().accept("text/csv").when().get("/api/v1/legal-articles").then().statusCode(401);
        asResearcher().accept("application/json").when().get("/api/v1/persons").then().statusCode(200);
    }
}
