package org.kartoteka.person;

import static org.kartoteka.Auth.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;

@QuarkusTest
class PersonResourceTest {

    static String personJson(String sourceId, String name, String extra) {
        return """
                {"names": [{"value": "%s", "lang": "en", "script": "Latn"},
                           {"value": "Кацярына %s", "lang": "be", "script": "Cyrl"}],
                 "gender": "FEMALE", "birthDate": "1994-03", "region": "Minsk", "visibility": "PUBLIC",
                 "tags": ["journalist"], %s
                 "citations": [{"sourceId": "%s", "locator": "p. 2"}]}""".formatted(name, name, extra, sourceId);
    }

    static String create(String sourceId, String name, String extra) {
        return asEditor()
                .contentType(ContentType.JSON)
                .body(personJson(sourceId, name, extra))
                .when()
                .post("/api/v1/persons")
                .then()
                .statusCode(201)
                .extract().path("id");
    }

    @Test
    void createKeepsNamesDatesIdsAndCitations() {
        String source = Fixtures.source("Person source");
        String scheme = "test" + UUID.randomUUID().toString().substring(0, 8);
        asEditor()
                .contentType(ContentType.JSON)
                .body(personJson(source, "Katsiaryna Test", "\"externalIds\": [{\"scheme\": \"" + scheme
                        + "\", \"value\": \"1234\"}],"))
                .when()
                .post("/api/v1/persons")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/persons/[0-9a-f-]{36}"))
                .header("ETag", equalTo("\"0\""))
                .body("displayName", equalTo("Katsiaryna Test"))
                .body("names[0].kind", equalTo("PRIMARY"))
                .body("names[1].kind", equalTo("TRANSLITERATION"))
                .body("names[1].script", equalTo("Cyrl"))
                .body("birthDate", equalTo("1994-03"))
                .body("externalIds[0].scheme", equalTo(scheme))
                .body("citations[0].sourceId", equalTo(source))
                .body("citations[0].locator", equalTo("p. 2"));
    }

    @Test
    void aFactWithoutACitationIs422() {
        asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"names": [{"value": "Nobody"}], "citations": []}""")
                .when()
                .post("/api/v1/persons")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("citations"));
    }

    @Test
    void aCitationOfAnUnknownSourceIs422() {
        UUID unknown = UUID.randomUUID();
        asEditor()
                .contentType(ContentType.JSON)
                .body(personJson(unknown.toString(), "Unsourced Person", ""))
                .when()
                .post("/api/v1/persons")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("citations[0].sourceId"))
                .body("errors[0].message", containsString(unknown.toString()));
    }

    @Test
    void anExternalIdIdentifiesOnePerson() {
        String source = Fixtures.source("External ids");
        String ids = "\"externalIds\": [{\"scheme\": \"viasna\", \"value\": \"" + UUID.randomUUID() + "\"}],";
        create(source, "First Holder", ids);
        asEditor()
                .contentType(ContentType.JSON)
                .body(personJson(source, "Second Holder", ids))
                .when()
                .post("/api/v1/persons")
                .then()
                .statusCode(409)
                .body("detail", containsString("external id"));
    }

    @Test
    void deathCannotPrecedeBirth() {
        String source = Fixtures.source("Dates");
        asEditor()
                .contentType(ContentType.JSON)
                .body(personJson(source, "Time Traveller", "\"diedOn\": \"1990\","))
                .when()
                .post("/api/v1/persons")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("diedOn"));
    }

    @Test
    void aCitedSourceCannotBeDeleted() {
        String source = Fixtures.source("Cited source");
        create(source, "Cited Person", "");
        asEditor()
                .when()
                .delete("/api/v1/sources/{id}", source)
                .then()
                .statusCode(409)
                .body("detail", containsString("cite this source"));
    }

    @Test
    void updateReplacesNamesWithIfMatch() {
        String source = Fixtures.source("Update source");
        String id = create(source, "Old Name", "");
        asEditor()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(personJson(source, "New Name", ""))
                .when()
                .put("/api/v1/persons/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("displayName", equalTo("New Name"));
        asEditor().contentType(ContentType.JSON).body(personJson(source, "Newer Name", ""))
                .when().put("/api/v1/persons/{id}", id)
                .then().statusCode(428);
    }

    @Test
    void listFiltersByNameGenderRegionTagExternalIdAndBirth() {
        String source = Fixtures.source("Filter source");
        String marker = "Filterable" + UUID.randomUUID().toString().substring(0, 8);
        String value = UUID.randomUUID().toString();
        create(source, marker + " One", "\"externalIds\": [{\"scheme\": \"viasna\", \"value\": \"" + value + "\"}],");
        create(source, marker + " Two", "");
        asEditor().queryParam("q", marker.toLowerCase())
                .when().get("/api/v1/persons")
                .then().statusCode(200).body("items", hasSize(2));
        asEditor().queryParam("q", marker).queryParam("gender", "MALE")
                .when().get("/api/v1/persons")
                .then().statusCode(200).body("items", hasSize(0));
        asEditor().queryParam("q", marker).queryParam("region", "minsk").queryParam("tag", "journalist")
                .when().get("/api/v1/persons")
                .then().statusCode(200).body("items", hasSize(2));
        asEditor().queryParam("externalId", "viasna:" + value)
                .when().get("/api/v1/persons")
                .then().statusCode(200).body("items.displayName", equalTo(java.util.List.of(marker + " One")));
        asEditor().queryParam("q", marker).queryParam("bornFrom", "1994-03-31").queryParam("bornTo", "1994")
                .when().get("/api/v1/persons")
                .then().statusCode(200).body("items", hasSize(2));
        asEditor().queryParam("q", marker).queryParam("bornFrom", "1994-04")
                .when().get("/api/v1/persons")
                .then().statusCode(200).body("items", hasSize(0));
        asEditor().queryParam("externalId", "viasna")
                .when().get("/api/v1/persons")
                .then().statusCode(422).body("errors.field", hasItem("externalId"));
    }

    @Test
    void deleteRemovesThePerson() {
        String source = Fixtures.source("Delete source");
        String id = create(source, "Removed Person", "");
        asEditor().when().delete("/api/v1/persons/{id}", id).then().statusCode(204);
        asEditor().when().get("/api/v1/persons/{id}", id).then().statusCode(404);
    }
}
