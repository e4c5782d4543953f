package org.kartoteka.importing;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kartoteka.person.NameSearch;
import org.kartoteka.person.Person;

/**
 * What a chunk writes besides its records, in one statement each once the records are flushed:
 * the import_link rows of the records it created, and the name-search keys of the persons it
 * created or renamed.
 */
final class ChunkLinks {

    private final List<String[]> links = new ArrayList<>();
    private final Map<UUID, Person> created = new LinkedHashMap<>();
    private final Map<UUID, Person> renamed = new LinkedHashMap<>();

    void link(UUID personId, String role, UUID recordId) {
        links.add(new String[] {personId.toString(), role, recordId.toString()});
    }

    /** A person the chunk created: they have no keys yet. */
    void indexNew(Person person) {
        created.put(person.id, person);
    }

    /** A person whose names the chunk changed: their keys are rewritten (once, if the chunk also created them). */
    void reindex(Person person) {
        if (!created.containsKey(person.id)) {
            renamed.put(person.id, person);
        }
    }

    void write(EntityManager em, NameSearch nameSearch) {
        if (!links.isEmpty()) {
            em.createNativeQuery("insert into import_link (person_id, role, record_id)"
                    + " select cast(p as uuid), r, cast(i as uuid) from unnest(string_to_array(?1, ','),"
                    + " string_to_array(?2, ','), string_to_array(?3, ',')) as t(p, r, i)"
                    + " on conflict (person_id, role) do update set record_id = excluded.record_id")
                    .setParameter(1, links.stream().map(l -> l[0]).collect(Collectors.joining(",")))
                    .setParameter(2, links.stream().map(l -> l[1]).collect(Collectors.joining(",")))
                    .setParameter(3, links.stream().map(l -> l[2]).collect(Collectors.joining(",")))
                    .executeUpdate();
        }
        nameSearch.indexAll(renamed.values(), true);
        nameSearch.indexAll(created.values(), false);
    }
}
