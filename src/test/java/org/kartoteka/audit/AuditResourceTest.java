package org.kartoteka.audit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.kartoteka.Auth.asAuditor;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;

@QuarkusTest
class AuditResourceTest {

    @Test
    void filtersNarrowTheTrail() {
        String id = Fixtures.source("Audited source");

        asAuditor()
                .queryParam("entity", "source")
                .queryParam("entityId", id)
                .queryParam("actor", "test editor")
                .queryParam("action", "insert")
                .queryParam("from", LocalDate.now(ZoneOffset.UTC).toString())
                .queryParam("to", LocalDate.now(ZoneOffset.UTC).toString())
                .when()
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].after.title", equalTo("Audited source"))
                .body("items[0].actor.role", equalTo("editor"))
                .body("items[0].requestId", notNullValue());
        asAuditor()
                .queryParam("entityId", id)
                .queryParam("to", "2000-01-01")
                .when()
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void pagesFollowOneAnotherByEventId() {
        JsonPath first = asAuditor()
                .queryParam("limit", 2)
                .when()
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .extract().jsonPath();

        JsonPath second = asAuditor()
                .queryParam("limit", 2)
                .queryParam("cursor", first.getString("nextCursor"))
                .when()
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract().jsonPath();

        assertThat(second.getLong("items[0].id"), greaterThan(first.getLong("items[1].id")));
    }

    @Test
    void seedRecordsNameTheSystemAsActor() {
        asAuditor()
                .queryParam("entity", "legal_article")
                .queryParam("actor", "system")
                .queryParam("limit", 5)
                .when()
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.actor.role", everyItem(equalTo("system")))
                .body("items", hasSize(5));
    }

    @Test
    void badParametersAreProblemsThatNameThem() {
        expectInvalid("action", "rename");
        expectInvalid("from", "yesterday");
        expectInvalid("entityId", "not-a-uuid");
        expectInvalid("cursor", "abc");
        expectInvalid("sort", "-occurredAt");
    }

    private static void expectInvalid(String parameter, String value) {
        asAuditor()
                .queryParam(parameter, value)
                .when()
                .get("/api/v1/audit")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo(parameter));
    }
}
