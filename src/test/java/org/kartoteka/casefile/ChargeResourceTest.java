package org.kartoteka.casefile;

import static org.kartoteka.Auth.asEditor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;
import org.kartoteka.RecordFixtures;

@QuarkusTest
class ChargeResourceTest {

    private static ValidatableResponse postCharge(String caseId, String code, String number, String part, String outcome) {
        return asEditor()
                .contentType(ContentType.JSON)
                .body(body(caseId, code, number, part, outcome))
                .when()
                .post("/api/v1/charges")
                .then();
    }

    private static String body(String caseId, String code, String number, String part, String outcome) {
        return """
                {"caseId": "%s", "article": {"code": "%s", "number": "%s", "part": %s}, "modifier": "ATTEMPT",
                 "chargedOn": "2021-04", "outcome": "%s", "citations": %s}""".formatted(caseId, code, number,
                part == null ? "null" : "\"" + part + "\"", outcome, RecordFixtures.citations("charge " + caseId));
    }

    private static String newCase(String marker) {
        return RecordFixtures.caseOf(Fixtures.person("Charge " + marker + " " + UUID.randomUUID(), "PUBLIC"), marker);
    }

    @Test
    void returnsTheCataloguedArticle() {
        String caseId = newCase("article");
        String location = postCharge(caseId, "BY-CC", "293", "2", "PENDING")
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("article.code", equalTo("BY-CC"))
                .body("article.number", equalTo("293"))
                .body("article.part", equalTo("2"))
                .body("article.citation", equalTo("BY-CC 293 part 2"))
                .body("modifier", equalTo("ATTEMPT"))
                .extract().header("Location");
        asEditor()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body(caseId, "BY-CC", "342", null, "CONVICTED"))
                .when()
                .put(location)
                .then()
                .statusCode(200)
                .body("article.citation", equalTo("BY-CC 342"))
                .body("article.title", startsWith("Organisation and preparation of actions grossly violating public order"))
                .body("outcome", equalTo("CONVICTED"));
    }

    @Test
    void anyPartOfAnArticleTheCatalogueHoldsWholeIsAccepted() {
        String caseId = newCase("whole-article");
        postCharge(caseId, "BY-CC", "342", "2", "PENDING")
                .statusCode(201)
                .body("article.number", equalTo("342"))
                .body("article.part", equalTo("2"))
                .body("article.citation", equalTo("BY-CC 342 part 2"))
                .body("article.title", startsWith("Organisation and preparation"));
        postCharge(caseId, "BY-CC", "339", "2", "PENDING")
                .statusCode(201)
                .body("article.citation", equalTo("BY-CC 339 part 2"));
    }

    @Test
    void anArticleWithoutItsPartIsAcceptedWhereTheCatalogueListsParts() {
        String caseId = newCase("part-unknown");
        String wholeEntry = postCharge(caseId, "BY-CC", "293", null, "PENDING")
                .statusCode(201)
                .body("article.number", equalTo("293"))
                .body("article.part", equalTo(null))
                .body("article.citation", equalTo("BY-CC 293"))
                .extract().path("article.id");
        postCharge(caseId, "BY-CC", "293", "3", "PENDING")
                .statusCode(201)
                .body("article.id", equalTo(wholeEntry))
                .body("article.citation", equalTo("BY-CC 293 part 3"));
        postCharge(caseId, "BY-CC", "293", "2", "PENDING")
                .statusCode(201)
                .body("article.title", equalTo("Participation in mass riots"));
    }

    @Test
    void refusesAnArticleTheCatalogueDoesNotHold() {
        String caseId = newCase("unknown-article");
        postCharge(caseId, "BY-CC", "999", "3", "PENDING")
                .statusCode(422)
                .body("errors[0].field", equalTo("article"))
                .body("errors[0].message", containsString("BY-CC 999 part 3 is not in the legal-article catalogue"));
    }

    @Test
    void refusesAnUnknownCase() {
        String missing = UUID.randomUUID().toString();
        postCharge(missing, "BY-CC", "342", null, "PENDING")
                .statusCode(422)
                .body("errors[0].field", equalTo("caseId"))
                .body("errors[0].message", equalTo("no case has the id " + missing));
    }

    @Test
    void filtersByCasePersonArticleAndOutcome() {
        String person = Fixtures.person("Charge Filters " + UUID.randomUUID(), "PUBLIC");
        String caseId = RecordFixtures.caseOf(person, "filters");
        String c342 = RecordFixtures.create("charges", body(caseId, "BY-CC", "342", null, "CONVICTED"));
        String c361 = RecordFixtures.create("charges", body(caseId, "BY-CC", "361-1", null, "PENDING"));
        list("caseId=" + caseId).body("items.id", contains(c342, c361));
        list("personId=" + person).body("items.id", contains(c342, c361));
        list("personId=" + person + "&article=342").body("items.id", contains(c342));
        list("personId=" + person + "&article=BY-CC:361-1").body("items.id", contains(c361));
        list("personId=" + person + "&article=BY-CAO:342").body("items.id", not(hasItem(c342)));
        list("caseId=" + caseId + "&outcome=pending").body("items.id", contains(c361));
    }

    @Test
    void deletingAChargedArticleIsAConflict() {
        String number = "9" + Math.abs(UUID.randomUUID().hashCode() % 100000);
        String article = RecordFixtures.create("legal-articles",
                "{\"code\": \"BY-CC\", \"number\": \"" + number + "\", \"title\": \"Test article\"}");
        RecordFixtures.create("charges", body(newCase("charged-article"), "BY-CC", number, null, "PENDING"));
        asEditor()
                .when()
                .delete("/api/v1/legal-articles/" + article)
                .then()
                .statusCode(409)
                .body("detail", containsString("Charges still name this article"));
    }

    private static ValidatableResponse list(String query) {
        return asEditor()
                .when()
                .get("/api/v1/charges?" + query)
                .then()
                .statusCode(200);
    }
}
