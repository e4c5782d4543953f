package org.kartoteka.duplicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Pairs of persons recorded as different people (table {@code person_distinct}, one row per pair,
 * the lower id first as PostgreSQL orders uuids): they leave every candidate list and the scan.
 */
@ApplicationScoped
class DistinctPairs {

    @Inject
    EntityManager em;

    /** The pair as one string, the same whichever person comes first. */
    static String key(UUID a, UUID b) {
        String x = a.toString();
        String y = b.toString();
        return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
    }

    /** Records the pair; false when it was recorded before. */
    boolean record(UUID a, UUID b, String note) {
        String[] ordered = key(a, b).split("\\|");
        return em.createNativeQuery("insert into person_distinct (person_a, person_b, note) values"
                + " (cast(?1 as uuid), cast(?2 as uuid), ?3) on conflict do nothing")
                .setParameter(1, ordered[0]).setParameter(2, ordered[1]).setParameter(3, note).executeUpdate() == 1;
    }

    boolean recorded(UUID a, UUID b) {
        return of(a).contains(b);
    }

    /** The persons recorded as different from this one. */
    Set<UUID> of(UUID person) {
        @SuppressWarnings("unchecked")
        List<UUID> others = em.createNativeQuery("select person_b from person_distinct where person_a = ?1"
                + " union select person_a from person_distinct where person_b = ?1", UUID.class)
                .setParameter(1, person).getResultList();
        return new HashSet<>(others);
    }

    Set<String> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select person_a, person_b from person_distinct", Object[].class)
                .getResultList();
        Set<String> keys = new HashSet<>();
        rows.forEach(r -> keys.add(key((UUID) r[0], (UUID) r[1])));
        return keys;
    }

    /** The absorbed person's pairs become the survivor's, before the absorbed person is deleted (and its rows with it). */
    void moveTo(UUID survivor, UUID absorbed) {
        for (UUID other : of(absorbed)) {
            if (!other.equals(survivor)) {
                record(survivor, other, "recorded for " + absorbed + ", merged into " + survivor);
            }
        }
    }
}
