package org.kartoteka.duplicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kartoteka.common.Problem;
import org.kartoteka.person.ExternalId;
import org.kartoteka.person.Person;

/** What would break a rule if two persons became one; each conflict is one entry of the 409 problem. */
@ApplicationScoped
class MergeConflicts {

    /** The days a detention certainly covers, exactly as the constraint detention_no_overlap reads them (V8). */
    private static final String SPAN = """
            (case when %1$s.end_unknown then 'empty'::daterange
                  when %1$s.ended_on is null then daterange(%1$s.started_latest, null, '[)')
                  when %1$s.started_latest < %1$s.ended_earliest then daterange(%1$s.started_latest, %1$s.ended_earliest, '[)')
                  else 'empty'::daterange end)""";

    @Inject
    EntityManager em;

    @Inject
    DistinctPairs distinct;

    List<Problem.FieldError> between(Person survivor, Person absorbed) {
        List<Problem.FieldError> conflicts = new ArrayList<>();
        for (ExternalId mine : survivor.externalIds) {
            for (ExternalId theirs : absorbed.externalIds) {
                if (mine.scheme.equals(theirs.scheme) && !mine.value.equals(theirs.value)) {
                    conflicts.add(new Problem.FieldError("externalIds", "two ids of the scheme " + mine.scheme + ": "
                            + mine.value + " (survivor) and " + theirs.value + " (from); a person has one per scheme"));
                }
            }
        }
        overlappingDetentions(survivor.id, absorbed.id).forEach(conflicts::add);
        if (distinct.recorded(survivor.id, absorbed.id)) {
            conflicts.add(new Problem.FieldError("from", "the two persons are recorded as different people"
                    + " (POST /api/v1/persons/{id}/distinct)"));
        }
        return conflicts;
    }

    private List<Problem.FieldError> overlappingDetentions(UUID survivor, UUID absorbed) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.id, a.started_on, a.ended_on, b.id, b.started_on, b.ended_on"
                + " from detention a join detention b on " + SPAN.formatted("a") + " && " + SPAN.formatted("b")
                + " where a.person_id = ?1 and b.person_id = ?2 order by a.started_earliest, b.started_earliest",
                Object[].class).setParameter(1, survivor).setParameter(2, absorbed).getResultList();
        return rows.stream().map(r -> new Problem.FieldError("detentions", "detention " + r[0] + " (" + span(r[1], r[2])
                + ") of the survivor overlaps detention " + r[3] + " (" + span(r[4], r[5]) + ") of from; periods of one"
                + " person must not overlap: correct or delete one first")).toList();
    }

    private static String span(Object start, Object end) {
        return start + " to " + (end == null ? "now" : end);
    }
}
