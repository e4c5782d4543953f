package org.kartoteka.seed;

import static org.kartoteka.Auth.asEditor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The seed set {@code seed-facts-case-records}: the events of the seed documents, each with its citation. */
@QuarkusTest
class CaseRecordsSeedTest {

    @Inject
    EntityManager em;

    private UUID idOf(String key) {
        return (UUID) em.createNativeQuery("select entity_id from seed_record where key = ?1", UUID.class)
                .setParameter(1, key).getSingleResult();
    }

    @Test
    void andreyevaAndChultsovaWereConvictedOn18February2021WithoutAnInventedSentence() {
        for (String person : new String[] {"andreyeva", "chultsova"}) {
            asEditor()
                    .when()
                    .get("/api/v1/persons/" + idOf("person:" + person) + "/timeline")
                    .then()
                    .statusCode(200)
                    .body("events.findAll { it.type == 'VERDICT' }.date", contains("2021-02-18"))
                    .body("events.findAll { it.type == 'VERDICT' }.summary",
                            contains("Convicted; the sentence is not recorded"))
                    .body("events.findAll { it.type == 'VERDICT' }[0].citations[0].sourceId",
                            equalTo(idOf("source:S5").toString()));
        }
        asEditor()
                .when()
                .get("/api/v1/trials/" + idOf("trial:andreyeva-2021-trial"))
                .then()
                .statusCode(200)
                .body("verdict", equalTo("CONVICTED"))
                .body("sentence", nullValue())
                .body("citations[0].note", containsString("does not name the court"));
    }

    @Test
    void shkliarovWasDetainedForAboutThreeMonthsIn2020() {
        asEditor()
                .when()
                .get("/api/v1/detentions?personId=" + idOf("person:shkliarov"))
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].startedOn", equalTo("2020-07"))
                .body("items[0].endedOn", equalTo("2020-10"))
                .body("items[0].kind", equalTo("OTHER"))
                .body("items[0].citations[0].locator", equalTo("section on relations with the U.S."))
                .body("items[0].citations[0].note", containsString("About three months"));
    }

    @Test
    void theRailwayDetaineeIsChargedUnderArticle289AndHeldSince2022() {
        UUID person = idOf("person:railway-saboteur");
        asEditor()
                .when()
                .get("/api/v1/charges?personId=" + person)
                .then()
                .statusCode(200)
                .body("items.article.citation", contains("BY-CC 289"))
                .body("items[0].outcome", equalTo("PENDING"))
                .body("items[0].citations[0].sourceId", equalTo(idOf("source:S4").toString()));
        asEditor()
                .when()
                .get("/api/v1/detentions?personId=" + person)
                .then()
                .statusCode(200)
                .body("items.startedOn", contains("2022"))
                .body("items[0].caseId", equalTo(idOf("case:railway-saboteur-2022").toString()))
                .body("items[0].endedOn", nullValue());
    }

    @Test
    void theTwoCiviliansWereAbductedInJanuary2022() {
        for (String person : new String[] {"confession-video-1", "confession-video-2"}) {
            asEditor()
                    .when()
                    .get("/api/v1/detentions?personId=" + idOf("person:" + person))
                    .then()
                    .statusCode(200)
                    .body("items.startedOn", contains("2022-01"))
                    .body("items.kind", contains("OTHER"))
                    .body("items.endUnknown", contains(true))
                    .body("items[0].citations[0].locator", equalTo("paragraph 3"));
        }
    }

    @Test
    void theCiviliansAreNotReadAsStillDetainedNorAsReleased() {
        String civilian = idOf("person:confession-video-1").toString();
        for (String status : new String[] {"detained-now", "released"}) {
            asEditor()
                    .when()
                    .get("/api/v1/persons?limit=500&status=" + status)
                    .then()
                    .statusCode(200)
                    .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(civilian)));
        }
    }

    @Test
    void hruzdzilovichHasASentencedCaseAndNoInventedDetention() {
        UUID person = idOf("person:hruzdzilovich");
        asEditor()
                .when()
                .get("/api/v1/cases?personId=" + person)
                .then()
                .statusCode(200)
                .body("items.status", contains("SENTENCED"))
                .body("items[0].citations[0].quote", containsString("ahead of schedule"));
        asEditor()
                .when()
                .get("/api/v1/detentions?personId=" + person)
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void everySeededRecordCitesASource() {
        String[][] seeded = {{"cases", "case:"}, {"charges", "charge:"}, {"trials", "trial:"}, {"detentions", "detention:"}};
        for (String[] kind : seeded) {
            @SuppressWarnings("unchecked")
            List<UUID> ids = em.createNativeQuery("select entity_id from seed_record where key like ?1", UUID.class)
                    .setParameter(1, kind[1] + "%").getResultList();
            assertFalse(ids.isEmpty(), "no seeded " + kind[0]);
            for (UUID id : ids) {
                asEditor()
                        .when()
                        .get("/api/v1/" + kind[0] + "/" + id)
                        .then()
                        .statusCode(200)
                        .body("citations", not(hasSize(0)))
                        .body("citations[0].locator", notNullValue());
            }
        }
    }
}
