package org.kartoteka.detention;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;

/**
 * The database holds the no-overlap rule even when two writes pass the service's check at once:
 * written here directly, past the service, as a concurrent writer would slip through.
 */
@QuarkusTest
class DetentionOverlapConstraintTest {

    @Inject
    EntityManager em;

    @Test
    void theSchemaRefusesCertainlyOverlappingPeriods() {
        UUID person = UUID.fromString(Fixtures.person("Constraint Overlap " + UUID.randomUUID(), "PUBLIC"));
        StringBuilder refusal = new StringBuilder();
        // One transaction, rolled back: the rows have no citations and must not outlive the test.
        QuarkusTransaction.begin();
        try {
            insert(person, "2021-01", "2021-06");
            // Hands over on a day of June: shares no day certainly.
            insert(person, "2021-06", "2021-07");
            // Started and ended in one February: not a single day is certain, so nothing can clash.
            insert(person, "2021-02", "2021-02");
            RuntimeException refused = assertThrows(RuntimeException.class,
                    () -> insert(person, "2021-03-01", "2021-04-01"));
            refusal.append(causes(refused));
        } finally {
            QuarkusTransaction.rollback();
        }
        assertTrue(refusal.toString().contains("detention_no_overlap"), refusal.toString());
    }

    private void insert(UUID person, String startedOn, String endedOn) {
        em.createNativeQuery("insert into detention (id, version, created_at, updated_at, person_id, kind,"
                        + " started_on, ended_on) values (?1, 0, now(), now(), ?2, 'OTHER', ?3, ?4)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, person).setParameter(3, startedOn)
                .setParameter(4, endedOn).executeUpdate();
    }

    private static String causes(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }
}
