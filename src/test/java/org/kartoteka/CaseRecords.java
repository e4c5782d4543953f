package org.kartoteka;

import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Writes case records straight into their tables (V3) for the counting tests, so that the tests
 * pin the counting rule itself, whatever the records API adds on top. Use inside a test
 * transaction: nothing stays behind.
 */
public final class CaseRecords {

    private final EntityManager em;

    public CaseRecords(EntityManager em) {
        this.em = em;
    }

    public UUID person(String region, String gender) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into person (id, version, created_at, updated_at, display_name, gender, region,"
                        + " visibility) values (?1, 0, now(), now(), ?2, ?3, ?4, 'RESTRICTED')")
                .setParameter(1, id).setParameter(2, "Counting test " + id).setParameter(3, gender)
                .setParameter(4, region).executeUpdate();
        return id;
    }

    public UUID person() {
        return person(null, "UNKNOWN");
    }

    public void detention(UUID person, String kind, String startedOn, String endedOn) {
        detention(person, null, kind, startedOn, endedOn, null);
    }

    public void detention(UUID person, UUID caseId, String kind, String startedOn, String endedOn, String facility) {
        em.createNativeQuery("insert into detention (id, version, created_at, updated_at, person_id, case_id, kind,"
                        + " started_on, ended_on, end_reason, facility) values (?1, 0, now(), now(), ?2, ?3, ?4, ?5,"
                        + " ?6, ?7, ?8)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, person).setParameter(3, caseId)
                .setParameter(4, kind).setParameter(5, startedOn).setParameter(6, endedOn)
                .setParameter(7, endedOn == null ? null : "UNKNOWN").setParameter(8, facility).executeUpdate();
    }

    /** A detention whose end the sources do not give. */
    public void detentionWithUnknownEnd(UUID person, String kind, String startedOn) {
        em.createNativeQuery("insert into detention (id, version, created_at, updated_at, person_id, kind, started_on,"
                        + " end_unknown) values (?1, 0, now(), now(), ?2, ?3, ?4, true)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, person).setParameter(3, kind)
                .setParameter(4, startedOn).executeUpdate();
    }

    public void recognition(UUID person, String by, String recognizedOn, String revokedOn) {
        em.createNativeQuery("insert into recognition (id, version, created_at, updated_at, person_id, recognized_by,"
                        + " recognized_on, revoked_on) values (?1, 0, now(), now(), ?2, ?3, ?4, ?5)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, person).setParameter(3, by)
                .setParameter(4, recognizedOn).setParameter(5, revokedOn).executeUpdate();
    }

    public UUID caseFile(UUID person) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into case_file (id, version, created_at, updated_at, person_id, status)"
                        + " values (?1, 0, now(), now(), ?2, 'SENTENCED')")
                .setParameter(1, id).setParameter(2, person).executeUpdate();
        return id;
    }

    /** The id of a BY-CC article of the seeded catalogue (any part). */
    public UUID article(String number) {
        return (UUID) em.createNativeQuery("select id from legal_article where code = 'BY-CC' and number = ?1"
                        + " order by part nulls first limit 1", UUID.class)
                .setParameter(1, number).getSingleResult();
    }

    public void charge(UUID caseId, UUID articleId) {
        em.createNativeQuery("insert into charge (id, version, created_at, updated_at, case_id, article_id, modifier,"
                        + " outcome) values (?1, 0, now(), now(), ?2, ?3, 'NONE', 'PENDING')")
                .setParameter(1, UUID.randomUUID()).setParameter(2, caseId).setParameter(3, articleId).executeUpdate();
    }

    public void trial(UUID caseId, String verdict, String verdictOn, String sentenceType) {
        em.createNativeQuery("insert into trial (id, version, created_at, updated_at, case_id, verdict, verdict_on,"
                        + " sentence_type) values (?1, 0, now(), now(), ?2, ?3, ?4, ?5)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, caseId).setParameter(3, verdict)
                .setParameter(4, verdictOn).setParameter(5, sentenceType).executeUpdate();
    }
}
