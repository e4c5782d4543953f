package org.kartoteka.legalarticle;

import static org.kartoteka.Auth.asEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LegalArticleResourceTest {

    @Test
    void theCatalogueIsSeededFromTheCriminalCode() {
        asEditor().queryParam("code", "BY-CC").queryParam("limit", 500)
                .when().get("/api/v1/legal-articles")
                .then().statusCode(200)
                .body("items.citation", hasItem("BY-CC 342"))
                .body("items.citation", hasItem("BY-CC 293 part 2"))
                .body("items.citation", hasItem("BY-CC 361-1"));
        asEditor().queryParam("number", "289")
                .when().get("/api/v1/legal-articles")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].title", equalTo("Act of terrorism"));
    }

    @Test
    void createReadUpdateDelete() {
        String id = asEditor().contentType(ContentType.JSON)
                .body("""
                        {"code": "BY-CAO", "number": "24.23", "part": "1", "title": "Violation of the procedure for mass events"}""")
                .when().post("/api/v1/legal-articles")
                .then().statusCode(201).body("citation", equalTo("BY-CAO 24.23 part 1"))
                .extract().path("id");
        asEditor().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("""
                        {"code": "BY-CAO", "number": "24.23", "part": "1", "title": "Mass events"}""")
                .when().put("/api/v1/legal-articles/{id}", id)
                .then().statusCode(200).body("title", equalTo("Mass events"));
        asEditor().when().delete("/api/v1/legal-articles/{id}", id).then().statusCode(204);
    }

    @Test
    void anArticleIsCataloguedOnce() {
        asEditor().contentType(ContentType.JSON)
                .body("""
                        {"code": "BY-CC", "number": "342", "title": "Duplicate"}""")
                .when().post("/api/v1/legal-articles")
                .then().statusCode(409).body("detail", equalTo(
                        "The catalogue already has this article (code, number and part)."));
    }

    @Test
    void malformedNumbersAreRefused() {
        asEditor().contentType(ContentType.JSON)
                .body("""
                        {"code": "criminal", "number": "three", "title": "x"}""")
                .when().post("/api/v1/legal-articles")
                .then().statusCode(422)
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("number"));
    }
}
