package org.kartoteka.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kartoteka.common.QueryParams;
import org.kartoteka.duplicate.DuplicateCandidate;
import org.kartoteka.duplicate.DuplicateScorer;
import org.kartoteka.duplicate.DuplicateService;
import org.kartoteka.duplicate.PersonProfile;
import org.kartoteka.person.ExternalId;
import org.kartoteka.person.Gender;
import org.kartoteka.person.Person;
import org.kartoteka.person.PersonInput;

/**
 * Possible duplicates in an import (docs/import.md, "Possible duplicates"): a row whose external id
 * matches no one, but whose person scores at least the job's {@code duplicateScore} against a
 * person the caller may see, recorded before the import or created by an earlier row of the same
 * file, is held back (POSSIBLE_DUPLICATE), created anyway or linked to that person, as the job's
 * {@link OnDuplicate} says. The only place the import looks at duplicates; {@link ChunkWriter}
 * asks it before and after writing each row.
 */
@ApplicationScoped
class PossibleDuplicates {

    static final double DEFAULT_SCORE = 0.9;

    @Inject
    DuplicateService duplicates;

    @Inject
    EntityManager em;

    /** The duplicateScore parameter: 0..1, {@link #DEFAULT_SCORE} when absent. */
    static double score(String value) {
        return DuplicateService.score("duplicateScore", value, DEFAULT_SCORE);
    }

    /** The onDuplicate parameter: report (default), create or link. */
    static OnDuplicate onDuplicate(String value) {
        return QueryParams.present(value) ? QueryParams.enumValue("onDuplicate", value, OnDuplicate.class)
                : OnDuplicate.REPORT;
    }

    /**
     * The recorded candidates of the chunk's rows that match no one by external id, found in one
     * go; rows that cannot reach the threshold (e.g. no full birth date at the default 0.9) are not looked up.
     */
    Screen screen(JobContext job, List<RowPlan> plans, ExistingRecords existing) {
        double threshold = job.options.duplicateScore();
        Map<Integer, PersonProfile> probes = new HashMap<>();
        for (RowPlan plan : plans) {
            if (existing.personsByExternalId.containsKey(plan.externalId())) {
                continue;
            }
            if (mayReach(plan, threshold)) {
                PersonProfile probe = probe(plan);
                if (!probe.names().isEmpty()) {
                    probes.put(plan.row, probe);
                }
            }
        }
        List<Integer> rows = new ArrayList<>(probes.keySet());
        List<List<DuplicateCandidate>> found = duplicates.candidatesForAll(rows.stream().map(probes::get).toList(),
                Set.of(), 3);
        Map<Integer, DuplicateCandidate> recorded = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = rows.get(i);
            found.get(i).stream().filter(c -> !job.createdPersons.contains(c.id())).findFirst()
                    .ifPresent(c -> recorded.put(row, c));
        }
        return new Screen(job, existing, probes, recorded);
    }

    /**
     * Whether the row's person could score the threshold against anyone: a score never exceeds the
     * ceiling of either person (a birth day counts only when both have one), so a row without one
     * at the default 0.9 is neither looked up nor kept for the rows after it; names are not folded for it.
     */
    private static boolean mayReach(RowPlan plan, double threshold) {
        return DuplicateScorer.ceiling(PersonProfile.of(List.of(), Gender.UNKNOWN, plan.birthDate, plan.region,
                Map.of())) >= threshold;
    }

    /** A row's person as duplicate scoring sees it; its own external id is left out (see docs/import.md). */
    private static PersonProfile probe(RowPlan plan) {
        List<String> names = RowRecords.names(plan).stream().map(PersonInput.NameInput::value).toList();
        return PersonProfile.of(names, plan.gender == null ? Gender.UNKNOWN : plan.gender, plan.birthDate, plan.region,
                Map.of());
    }

    /** The decisions of one chunk, row by row in file order. */
    final class Screen {

        private final JobContext job;
        private final ExistingRecords existing;
        private final Map<Integer, PersonProfile> probes;
        private final Map<Integer, DuplicateCandidate> recorded;
        private final Map<Integer, PossibleDuplicate> linked = new HashMap<>();
        private final Map<Integer, Person> linkedPersons = new HashMap<>();

        private Screen(JobContext job, ExistingRecords existing, Map<Integer, PersonProfile> probes,
                Map<Integer, DuplicateCandidate> recorded) {
            this.job = job;
            this.existing = existing;
            this.probes = probes;
            this.recorded = recorded;
        }

        /** Before the row is written: its result when it is held back, else null (and the row is written). */
        RowResult before(RowPlan plan) {
            PersonProfile probe = probes.get(plan.row);
            if (probe == null) {
                return null;
            }
            PossibleDuplicate candidate = best(plan.row, probe);
            if (candidate == null) {
                return null;
            }
            String who = candidate.personId() + " (" + candidate.displayName() + ", score " + candidate.score()
                    + (candidate.row() == null ? ")" : ", created by row " + candidate.row() + " of this file)");
            switch (job.options.onDuplicate()) {
                case CREATE -> {
                    plan.warn(Column.NAME, "possibly the same person as " + who + "; created anyway (onDuplicate=create)");
                    linked.put(plan.row, candidate);
                    return null;
                }
                case LINK -> {
                    String refused = link(plan, candidate);
                    if (refused == null) {
                        plan.warn(Column.NAME, "possibly the same person as " + who + "; the id " + plan.externalId()
                                + " was added to that person and the row updated it (onDuplicate=link)");
                        linked.put(plan.row, candidate);
                        return null;
                    }
                    plan.warn(Column.EXTERNAL_ID, "not linked: " + refused);
                }
                case REPORT -> plan.warn(Column.NAME, "possibly the same person as " + who + "; not written. Merge the"
                        + " rows, or import again with onDuplicate=link (the same person) or onDuplicate=create"
                        + " (another person)");
            }
            return new RowResult(plan.row, plan.externalId(), RowOutcome.POSSIBLE_DUPLICATE, List.of(),
                    List.copyOf(plan.warnings), Map.of(), List.of(), candidate);
        }

        /**
         * After the row is written: a created person joins the persons later rows are compared with;
         * a linked person cites the row for the id it gained (or loses the id again when the row was rejected).
         */
        RowResult after(RowPlan plan, RowResult result, RowSources sources) {
            PossibleDuplicate candidate = linked.get(plan.row);
            if (result.outcome() == RowOutcome.CREATED && mayReach(plan, job.options.duplicateScore())) {
                PersonProfile probe = probes.containsKey(plan.row) ? probes.get(plan.row) : probe(plan);
                job.createdPersons.add(probe.stored((UUID) result.records().get("person"), null), plan.row);
            }
            if (candidate == null) {
                return result;
            }
            List<String> changed = result.changedFields();
            RowOutcome outcome = result.outcome();
            Person person = linkedPersons.get(plan.row);
            if (person != null && outcome == RowOutcome.REJECTED) {
                person.externalIds.removeIf(id -> id.scheme.equals(plan.scheme) && id.value.equals(plan.externalValue));
            } else if (person != null) {
                RowWriter.cite(person.citations, true, sources);
                changed = new ArrayList<>(changed);
                changed.add(0, "person.externalIds");
                outcome = RowOutcome.UPDATED;
            }
            return new RowResult(result.row(), result.externalId(), outcome, result.errors(), result.warnings(),
                    result.records(), List.copyOf(changed), candidate);
        }

        private PossibleDuplicate best(int row, PersonProfile probe) {
            double threshold = job.options.duplicateScore();
            DuplicateCandidate stored = recorded.get(row);
            List<DuplicateCandidate> inFile = job.createdPersons.candidates(probe, threshold, Set.of());
            DuplicateCandidate sameFile = inFile.isEmpty() ? null : inFile.get(0);
            if (stored != null && stored.score() >= threshold && (sameFile == null || stored.score() >= sameFile.score())) {
                return new PossibleDuplicate(stored.id(), stored.displayName(), stored.score(), null);
            }
            if (sameFile != null) {
                return new PossibleDuplicate(sameFile.id(), sameFile.displayName(), sameFile.score(),
                        (Integer) job.createdPersons.tag(sameFile.id()));
            }
            return null;
        }

        /**
         * Adds the row's external id to the candidate, so that the row is written as a matched row:
         * null, or why it cannot be (the candidate came from the same file, or has an id of the scheme).
         */
        private String link(RowPlan plan, PossibleDuplicate candidate) {
            if (candidate.row() != null) {
                return "the person was created by row " + candidate.row() + " of this file, and a register gives a"
                        + " person one id; merge the two rows";
            }
            Person person = em.find(Person.class, candidate.personId());
            for (ExternalId id : person.externalIds) {
                if (id.scheme.equals(plan.scheme)) {
                    return "the person already has the id " + id.scheme + ":" + id.value + ", and a person has one id"
                            + " per scheme; merge the rows in the register, or import with onDuplicate=create";
                }
            }
            person.externalIds.add(new ExternalId(plan.scheme, plan.externalValue));
            existing.adopt(em, plan.externalId(), person);
            linkedPersons.put(plan.row, person);
            return null;
        }
    }
}
