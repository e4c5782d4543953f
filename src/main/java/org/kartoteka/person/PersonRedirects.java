package org.kartoteka.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
}
