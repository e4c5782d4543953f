package org.kartoteka.importing;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kartoteka.casefile.CaseFile;
import org.kartoteka.casefile.Charge;
import org.kartoteka.casefile.Trial;
import org.kartoteka.detention.Detention;
import org.kartoteka.person.Person;
import org.kartoteka.recognition.Recognition;

/**
 * The stored records the rows of one chunk may match, loaded in a handful of queries for the
 * whole chunk (never one per row): the persons by external id, the records earlier imports wrote
 * for them (import_link), their charges and every detention of theirs (for the overlap rule).
 */
final class ExistingRecords {

    final Map<String, Person> personsByExternalId = new HashMap<>();
    final Map<UUID, Map<String, UUID>> links = new HashMap<>();
    final Map<UUID, CaseFile> cases = new HashMap<>();
    final Map<UUID, Trial> trials = new HashMap<>();
    final Map<UUID, Recognition> recognitions = new HashMap<>();
    final Map<UUID, List<Charge>> chargesByCase = new HashMap<>();
    final Map<UUID, List<Detention>> detentionsByPerson = new HashMap<>();

    static ExistingRecords load(EntityManager em, Collection<RowPlan> plans) {
        ExistingRecords existing = new ExistingRecords();
        Map<String, Set<String>> valuesByScheme = new HashMap<>();
        plans.forEach(p -> valuesByScheme.computeIfAbsent(p.scheme, s -> new HashSet<>()).add(p.externalValue));
        valuesByScheme.forEach((scheme, values) -> em.createQuery("select p, x.value from Person p join p.externalIds x"
                + " where x.scheme = :scheme and x.value in :values", Object[].class)
                .setParameter("scheme", scheme).setParameter("values", values).getResultList()
                .forEach(r -> existing.personsByExternalId.put(scheme + ":" + r[1], (Person) r[0])));
        if (existing.personsByExternalId.isEmpty()) {
            return existing;
        }
        existing.loadLinked(em);
        return existing;
    }

    private void loadLinked(EntityManager em) {
        Set<UUID> personIds = personsByExternalId.values().stream().map(p -> p.id).collect(Collectors.toSet());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select person_id, role, record_id from import_link"
                + " where person_id = any(cast(string_to_array(?1, ',') as uuid[]))")
                .setParameter(1, personIds.stream().map(UUID::toString).collect(Collectors.joining(",")))
                .getResultList();
        Set<UUID> recordIds = new HashSet<>();
        for (Object[] row : rows) {
            links.computeIfAbsent((UUID) row[0], k -> new HashMap<>()).put((String) row[1], (UUID) row[2]);
            recordIds.add((UUID) row[2]);
        }
        if (!recordIds.isEmpty()) {
            byId(em, CaseFile.class, recordIds).forEach(c -> cases.put(c.id, c));
            byId(em, Trial.class, recordIds).forEach(t -> trials.put(t.id, t));
            byId(em, Recognition.class, recordIds).forEach(r -> recognitions.put(r.id, r));
        }
        if (!cases.isEmpty()) {
            em.createQuery("from Charge where caseId in :ids", Charge.class).setParameter("ids", cases.keySet())
                    .getResultList().forEach(c -> chargesByCase.computeIfAbsent(c.caseId, k -> new ArrayList<>()).add(c));
        }
        em.createQuery("from Detention where personId in :ids", Detention.class).setParameter("ids", personIds)
                .getResultList().forEach(d -> detentionsByPerson.computeIfAbsent(d.personId, k -> new ArrayList<>()).add(d));
    }

    private static <T> List<T> byId(EntityManager em, Class<T> type, Set<UUID> ids) {
        return em.createQuery("from " + type.getSimpleName() + " where id in :ids", type).setParameter("ids", ids)
                .getResultList();
    }

    /**
     * A person a row is linked to other than by its id (a possible duplicate, onDuplicate=link):
     * matched from now on like the persons found by external id, with the records imports wrote for it.
     */
    void adopt(EntityManager em, String externalId, Person person) {
        ExistingRecords more = new ExistingRecords();
        more.personsByExternalId.put(externalId, person);
        more.loadLinked(em);
        personsByExternalId.put(externalId, person);
        links.putAll(more.links);
        cases.putAll(more.cases);
        trials.putAll(more.trials);
        recognitions.putAll(more.recognitions);
        chargesByCase.putAll(more.chargesByCase);
        detentionsByPerson.put(person.id, more.detentions(person.id));
    }

    /** The record an earlier import wrote for the person in this role, if it still exists. */
    UUID link(UUID personId, String role) {
        Map<String, UUID> roles = links.get(personId);
        return roles == null ? null : roles.get(role);
    }

    List<Detention> detentions(UUID personId) {
        return detentionsByPerson.getOrDefault(personId, List.of());
    }
}
