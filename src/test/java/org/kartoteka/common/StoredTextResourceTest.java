package org.kartoteka.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.kartoteka.Auth.asEditor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;

/** Text PostgreSQL cannot store is a 400 naming where it was; text is stored in NFC. */
@QuarkusTest
class StoredTextResourceTest {

    @Test
    void aNulOrALoneSurrogateInABodyIsA400NamingTheField() {
        String source = Fixtures.source("Stored text " + UUID.randomUUID());
        for (String bad : new String[] {"Ali\\u0000ce", "Ali\\ud800ce", "\\udc00"}) {
            asEditor()
                    .contentType(ContentType.JSON)
                    .body("""
                            {"names": [{"value": "%s"}], "citations": [{"sourceId": "%s"}]}""".formatted(bad, source))
                    .when()
                    .post("/api/v1/persons")
                    .then()
                    .statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("errors.field", hasItem("names[0].value"));
        }
        asEditor().contentType(ContentType.JSON).body("""
                {"key": "k-%s", "label": "x", "labels": {"e\\u0000n": "x"}, "kind": "STOCK"}""".formatted(UUID.randomUUID()))
                .when().post("/api/v1/metrics").then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aNulInAPathQueryOrHeaderIsA400NamingTheParameter() {
        given().urlEncodingEnabled(false).when().get("/api/v1/persons?q=a%00b").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("errors.field", hasItem("query parameter q"));
        given().urlEncodingEnabled(false).when().get("/api/v1/persons?region=%00").then().statusCode(400)
                .body("errors.field", hasItem("query parameter region"));
        given().urlEncodingEnabled(false).when().get("/api/v1/persons/%00/timeline").then().statusCode(400)
                .body("errors.field", hasItem("path parameter id"));
        given().urlEncodingEnabled(false).when().get("/api/v1/public/counts/a%00b").then().statusCode(400)
                .body("errors.field", hasItem("path parameter metric"));
    }

    @Test
    void decomposedTextIsStoredComposed() {
        String source = Fixtures.source("NFC " + UUID.randomUUID());
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String id = asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"names": [{"value": "Ale\\u0161 Bja\\u0301ljacki %s"}, {"value": "Ales\\u030c %s", "kind": "ALIAS"}],
                         "region": "Homie\\u0306l", "citations": [{"sourceId": "%s"}]}""".formatted(marker, marker, source))
                .when()
                .post("/api/v1/persons")
                .then()
                .statusCode(201)
                .body("names[1].value", equalTo("Aleš " + marker))
                .extract().path("id");
        asEditor().when().get("/api/v1/persons/" + id).then().statusCode(200)
                .body("displayName", equalTo("Aleš Bjáljacki " + marker))
                .body("names[1].value", equalTo("Aleš " + marker))
                .body("region", equalTo("Homi\u0115l"));
    }
}
