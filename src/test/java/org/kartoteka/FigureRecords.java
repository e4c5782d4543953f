package org.kartoteka;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Persons, detentions and recognitions written straight into their tables, each in a transaction
 * of its own that commits (so HTTP requests see them and the audit trail records them), for the
 * tests of members, changes and past states. Each test uses years no other test writes in.
 */
public final class FigureRecords {

    private final EntityManager em;

    public FigureRecords(EntityManager em) {
        this.em = em;
    }

    public UUID person(String visibility) {
        UUID id = UUID.randomUUID();
        write("insert into person (id, version, created_at, updated_at, display_name, gender, visibility)"
                + " values (?1, 0, now(), now(), ?2, 'UNKNOWN', ?3)", id, "Figures test " + id, visibility);
        return id;
    }

    public UUID detention(UUID person, String kind, String startedOn, String endedOn) {
        UUID id = UUID.randomUUID();
        write("insert into detention (id, version, created_at, updated_at, person_id, kind, started_on, ended_on,"
                + " end_reason) values (?1, 0, now(), now(), ?2, ?3, ?4, ?5, ?6)", id, person, kind, startedOn,
                endedOn, endedOn == null ? null : "UNKNOWN");
        return id;
    }

    public UUID recognition(UUID person, String recognizedOn, String revokedOn) {
        UUID id = UUID.randomUUID();
        write("insert into recognition (id, version, created_at, updated_at, person_id, recognized_by, recognized_on,"
                + " revoked_on) values (?1, 0, now(), now(), ?2, 'Viasna', ?3, ?4)", id, person, recognizedOn,
                revokedOn);
        return id;
    }

    /** Sets a detention's end (a release found later), or clears it with null. */
    public void endDetention(UUID detention, String endedOn) {
        write("update detention set ended_on = ?2, end_reason = ?3, version = version + 1 where id = ?1", detention,
                endedOn, endedOn == null ? null : "UNKNOWN");
    }

    public void startDetention(UUID detention, String startedOn) {
        write("update detention set started_on = ?2, version = version + 1 where id = ?1", detention, startedOn);
    }

    public void revoke(UUID recognition, String revokedOn) {
        write("update recognition set revoked_on = ?2, version = version + 1 where id = ?1", recognition, revokedOn);
    }

    public void visibility(UUID person, String visibility) {
        write("update person set visibility = ?2, version = version + 1 where id = ?1", person, visibility);
    }

    /** Moves a detention to another person, as a merge of two records of one person does. */
    public void moveDetention(UUID detention, UUID person) {
        write("update detention set person_id = ?2, version = version + 1 where id = ?1", detention, person);
    }

    public void kind(UUID detention, String kind) {
        write("update detention set kind = ?2, version = version + 1 where id = ?1", detention, kind);
    }

    public void deletePerson(UUID person) {
        write("delete from person where id = ?1", person);
    }

    public void deleteDetention(UUID detention) {
        write("delete from detention where id = ?1", detention);
    }

    public void deleteRecognition(UUID recognition) {
        write("delete from recognition where id = ?1", recognition);
    }

    private void write(String sql, Object... values) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < values.length; i++) {
                query.setParameter(i + 1, values[i]);
            }
            query.executeUpdate();
        });
    }
}
