package org.kartoteka.person;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Computes the search keys of persons that have none at start: persons stored before name search
 * existed, or written straight into the database (bulk loads, the benchmark generator). When the
 * folding rules changed ({@link NameKeys#VERSION}), first drops every stored key. Idempotent, and
 * serialised between instances starting together on one database.
 */
@ApplicationScoped
public class NameSearchBackfill {

    private static final Logger LOG = Logger.getLogger(NameSearchBackfill.class);
    private static final long ADVISORY_LOCK = 0x4e616d65L;
    private static final int CHUNK = 2000;

    @Inject
    EntityManager em;

    @Inject
    NameSearch search;

    void onStart(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(this::dropKeysOfOtherVersions);
        UUID after = new UUID(0, 0);
        int indexed = 0;
        for (List<UUID> chunk = personsWithoutKeys(after); !chunk.isEmpty(); chunk = personsWithoutKeys(after)) {
            List<UUID> ids = chunk;
            QuarkusTransaction.requiringNew().run(() -> index(ids));
            indexed += chunk.size();
            after = chunk.get(chunk.size() - 1);
        }
        if (indexed > 0) {
            LOG.infof("Computed the name-search keys of %d persons", indexed);
        }
    }

    private void dropKeysOfOtherVersions() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, ADVISORY_LOCK).getSingleResult();
        Number stored = (Number) em.createNativeQuery("select folding_version from name_search_state where id = 1")
                .getSingleResult();
        if (stored.intValue() != NameKeys.VERSION) {
            em.createNativeQuery("delete from person_search_key").executeUpdate();
            em.createNativeQuery("delete from person_search_pair").executeUpdate();
            em.createNativeQuery("delete from search_term").executeUpdate();
            em.createNativeQuery("update name_search_state set folding_version = ?1 where id = 1")
                    .setParameter(1, NameKeys.VERSION).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private List<UUID> personsWithoutKeys(UUID after) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select p.id from person p where p.id > ?1 and not exists"
                        + " (select 1 from person_search_key k where k.person_id = p.id) order by p.id limit ?2", UUID.class)
                .setParameter(1, after).setParameter(2, CHUNK).getResultList());
    }

    private void index(List<UUID> ids) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, ADVISORY_LOCK).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select n.person_id, n.value from person_name n"
                + " where n.person_id = any(cast(string_to_array(?1, ',') as uuid[]))"
                + " and not exists (select 1 from person_search_key k where k.person_id = n.person_id)"
                + " order by n.person_id, n.position")
                .setParameter(1, String.join(",", ids.stream().map(UUID::toString).toList())).getResultList();
        Map<UUID, List<String>> names = new LinkedHashMap<>();
        for (Object[] row : rows) {
            names.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        Map<UUID, Map<String, Integer>> keys = new LinkedHashMap<>();
        names.forEach((id, values) -> {
            Map<String, Integer> personKeys = NameSearch.keysOf(values);
            if (!personKeys.isEmpty()) {
                keys.put(id, personKeys);
            }
        });
        if (!keys.isEmpty()) {
            search.store(keys);
        }
    }
}
