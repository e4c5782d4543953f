package org.kartoteka.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Ids of persons merged into another (table {@code person_merge}, docs/duplicates.md): a read of
 * such an id is redirected to the survivor, a write is refused naming it.
 */
@ApplicationScoped
public class PersonRedirects {

    @Inject
    EntityManager em;

    /** The person this id was merged into, if it was (chains are kept resolved to the last survivor). */
    public Optional<UUID> survivorOf(UUID id) {
        @SuppressWarnings("unchecked")
        List<UUID> survivor = em.createNativeQuery("select survivor_id from person_merge where absorbed_id = ?1",
                UUID.class).setParameter(1, id).getResultList();
        return survivor.stream().findFirst();
    }

    /**
     * The person this id had been merged into by {@code at}, from the merge events of the audit
     * trail (V40): the survivor of that merge, which may itself have been merged later.
     */
    public Optional<UUID> survivorAt(UUID id, Instant at) {
        @SuppressWarnings("unchecked")
        List<UUID> survivor = em.createNativeQuery("select a.entity_id from audit_event a where a.action = 'MERGE'"
                + " and (a.after ->> 'absorbed_id') = cast(?1 as text) and a.occurred_at <= ?2 order by a.id desc"
                + " limit 1", UUID.class).setParameter(1, id).setParameter(2, OffsetDateTime.ofInstant(at,
                ZoneOffset.UTC)).getResultList();
        return survivor.stream().findFirst();
    }
}
