package org.kartoteka.seed;

import static org.kartoteka.Auth.asEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SeedLoaderTest {

    @Inject
    SeedLoader loader;

    @Inject
    EntityManager em;

    @Test
    void theSeedSourcesAndPersonsAreThereWithCitations() {
        asEditor().queryParam("q", "iSANS").queryParam("limit", 500)
                .when().get("/api/v1/sources")
                .then().statusCode(200)
                .body("items.title", hasItem("Belarus Review by iSANS — January 10, 2022"));
        asEditor().queryParam("q", "Hruzdzilovich")
                .when().get("/api/v1/persons")
                .then().statusCode(200)
                .body("items[0].names.value", hasItem("Oleg Gruzdilovich"))
                .body("items[0].citations[0].locator", equalTo("section \"Shift to violent opposition\", first paragraph"));
    }

    @Test
    void theCorrectedDateOfTheFirstSourceSaysWhy() {
        asEditor().queryParam("q", "January 10, 2022")
                .when().get("/api/v1/sources")
                .then().statusCode(200)
                .body("items[0].publishedOn", equalTo("2022-01-10"))
                .body("items[0].notes", org.hamcrest.Matchers.containsString("corrected"));
    }

    @Test
    void loadingAgainLoadsNothingTwice() {
        long persons = count("person");
        long sources = count("source");
        long articles = count("legal_article");
        loader.loadAll();
        assertEquals(persons, count("person"));
        assertEquals(sources, count("source"));
        assertEquals(articles, count("legal_article"));
    }

    private long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }
}
