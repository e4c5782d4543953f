package org.kartoteka.source;

import static org.kartoteka.Auth.asEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;

@QuarkusTest
class SourceResourceTest {

    @Test
    void createAnswers201WithLocationAndETag() {
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title": "Annual review", "kind": "REPORT", "publishedOn": "2023", "language": "en"}""")
                .when()
                .post("/api/v1/sources")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/sources/[0-9a-f-]{36}"))
                .header("ETag", equalTo("\"0\""))
                .body("publishedOn", equalTo("2023"))
                .body("reliability", equalTo("UNKNOWN"))
                .body("visibility", equalTo("RESTRICTED"));
    }

    @Test
    void readReturnsTheSourceWithItsETag() {
        String id = Fixtures.source("Read me");
        asEditor()
                .when()
                .get("/api/v1/sources/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("title", equalTo("Read me"))
                .body("publishedOn", equalTo("2021-03"));
    }

    @Test
    void updateNeedsTheCurrentETag() {
        String id = Fixtures.source("Before");
        String body = """
                {"title": "After", "kind": "NEWS", "visibility": "PUBLIC"}""";
        asEditor().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/sources/{id}", id)
                .then().statusCode(428).body("type", equalTo("urn:kartoteka:problem:if-match-required"));
        asEditor().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(body)
                .when().put("/api/v1/sources/{id}", id)
                .then().statusCode(412).body("status", equalTo(412));
        asEditor().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/v1/sources/{id}", id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("title", equalTo("After"));
        asEditor().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/v1/sources/{id}", id)
                .then().statusCode(412);
    }

    @Test
    void deleteRemovesTheSource() {
        String id = Fixtures.source("Short-lived");
        asEditor().when().delete("/api/v1/sources/{id}", id).then().statusCode(204);
        asEditor().when().get("/api/v1/sources/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void unknownIdIs404AndBadIdIs400() {
        asEditor().when().get("/api/v1/sources/{id}", UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("urn:kartoteka:problem:not-found"));
        asEditor().when().get("/api/v1/sources/not-a-uuid").then().statusCode(400)
                .body("detail", matchesPattern(".*'not-a-uuid' is not an id.*"));
    }

    @Test
    void listPagesWithACursorUntilTheEnd() {
        String marker = "Paging " + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            Fixtures.source(marker + " " + i);
        }
        String cursor = asEditor().queryParam("q", marker).queryParam("limit", 2)
                .when().get("/api/v1/sources")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].title", equalTo(marker + " 0"))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        String cursor2 = asEditor().queryParam("q", marker).queryParam("limit", 2).queryParam("cursor", cursor)
                .when().get("/api/v1/sources")
                .then().statusCode(200)
                .body("items.title", equalTo(java.util.List.of(marker + " 2", marker + " 3")))
                .extract().path("nextCursor");
        asEditor().queryParam("q", marker).queryParam("limit", 2).queryParam("cursor", cursor2)
                .when().get("/api/v1/sources")
                .then().statusCode(200)
                .body("items.title", equalTo(java.util.List.of(marker + " 4")))
                .body("nextCursor", nullValue());
    }

    @Test
    void listSortsDescendingAndFiltersByKindAndDate() {
        String marker = "Sorting " + UUID.randomUUID();
        Fixtures.source(marker + " a");
        Fixtures.source(marker + " b");
        asEditor().queryParam("q", marker).queryParam("sort", "-title")
                .when().get("/api/v1/sources")
                .then().statusCode(200)
                .body("items.title", equalTo(java.util.List.of(marker + " b", marker + " a")));
        asEditor().queryParam("q", marker).queryParam("from", "2021-03-31").queryParam("to", "2021-04")
                .when().get("/api/v1/sources")
                .then().statusCode(200).body("items", hasSize(2));
        asEditor().queryParam("q", marker).queryParam("from", "2021-04")
                .when().get("/api/v1/sources")
                .then().statusCode(200).body("items", hasSize(0));
        asEditor().queryParam("q", marker).queryParam("kind", "NEWS")
                .when().get("/api/v1/sources")
                .then().statusCode(200).body("items", hasSize(0));
        asEditor().queryParam("kind", "PAMPHLET")
                .when().get("/api/v1/sources")
                .then().statusCode(422).body("errors.field", hasItem("kind"));
        asEditor().queryParam("sort", "colour")
                .when().get("/api/v1/sources")
                .then().statusCode(422).body("errors.field", hasItem("sort"));
    }

    @Test
    void confidentialIsNotAVisibilityOfSources() {
        asEditor().contentType(ContentType.JSON)
                .body("""
                        {"title": "Interview", "kind": "INTERVIEW", "visibility": "CONFIDENTIAL"}""")
                .when().post("/api/v1/sources")
                .then().statusCode(422).body("errors.field", hasItem("visibility"))
                .body("detail", not(matchesPattern(".*Exception.*")));
    }
}
