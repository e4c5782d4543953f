package org.kartoteka.detention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.kartoteka.casefile.CaseFile;
import org.kartoteka.casefile.CaseService;
import org.kartoteka.common.ETags;
import org.kartoteka.common.Keyset;
import org.kartoteka.common.Keyset.SortKey;
import org.kartoteka.common.Page;
import org.kartoteka.common.PageRequest;
import org.kartoteka.common.ProblemException;
import org.kartoteka.common.Texts;
import org.kartoteka.person.PersonReferences;
import org.kartoteka.source.CitationRules;
import java.time.Instant;
import org.kartoteka.asknownon.PastEntities;

/**
 * Creates, reads, changes and deletes detentions. A detention is visible when its person is; one
 * person's periods never certainly overlap (see {@link DetentionPeriod}).
 */
@ApplicationScoped
public class DetentionService {

    private static final List<SortKey<Detention>> SORT_KEYS = List.of(
            SortKey.date("startedOn", "e.startedEarliest", d -> d.startedEarliest),
            SortKey.instant("createdAt", "e.createdAt", d -> d.createdAt),
            SortKey.instant("updatedAt", "e.updatedAt", d -> d.updatedAt));

    @Inject
    PastEntities pastEntities;

    @Inject
    PersonReferences persons;

    @Inject
    CaseService cases;

    @Inject
    CitationRules citationRules;

    @Transactional
    public Detention create(DetentionInput input) {
        Detention detention = new Detention();
        copy(input, detention);
        detention.persistAndFlush();
        return detention;
    }

    /** As {@link #get(UUID)}; with {@code asKnownOn}, as it stood then, if its person is visible today. */
    public Detention get(UUID id, Instant asKnownOn) {
        return asKnownOn == null ? get(id) : pastEntities.require(Detention.class, "detention", id, asKnownOn,
                record -> persons.visibleToday(record.personId));
    }

    public Detention get(UUID id) {
        Detention detention = Detention.findById(id);
        if (detention == null || !persons.visible(detention.personId)) {
            throw ProblemException.notFound("detention", id);
        }
        return detention;
    }

    public Page<Detention> list(DetentionFilter filter, PageRequest page) {
        Keyset<Detention> query = new Keyset<>(Detention.class, "startedOn", SORT_KEYS);
        query.where(PersonReferences.VISIBLE_PERSON, "visible", persons.visibilities());
        filter.applyTo(query);
        return query.page(Detention.getEntityManager(), page);
    }

    @Transactional
    public Detention update(UUID id, String ifMatch, DetentionInput input) {
        Detention detention = get(id);
        ETags.requireMatch(ifMatch, detention.version);
        copy(input, detention);
        detention.flush();
        return detention;
    }

    @Transactional
    public void delete(UUID id) {
        Detention detention = get(id);
        detention.delete();
        detention.flush();
    }

    private void copy(DetentionInput input, Detention detention) {
        persons.require("personId", input.personId());
        requireCaseOfPerson(input);
        DetentionPeriod period = new DetentionPeriod(input.startedOn(), input.endedOn(), endUnknown(input));
        requireConsistent(input, period);
        requireNoOverlap(input.personId(), detention.id, period);
        detention.citations.clear();
        detention.citations.addAll(citationRules.require(input.citations()));
        detention.personId = input.personId();
        detention.caseId = input.caseId();
        detention.kind = input.kind();
        detention.startedOn = input.startedOn();
        detention.endedOn = input.endedOn();
        detention.endUnknown = endUnknown(input);
        detention.endReason = input.endReason();
        detention.facility = Texts.blankToNull(input.facility());
        detention.region = Texts.blankToNull(input.region());
    }

    private void requireCaseOfPerson(DetentionInput input) {
        if (input.caseId() == null) {
            return;
        }
        CaseFile caseFile = cases.require("caseId", input.caseId());
        if (!caseFile.personId.equals(input.personId())) {
            throw ProblemException.invalid("caseId", "case " + input.caseId() + " is a case of another person;"
                    + " a detention can only belong to a case of the detained person");
        }
    }

    private static void requireConsistent(DetentionInput input, DetentionPeriod period) {
        if (period.endsBeforeStart()) {
            throw ProblemException.invalid("endedOn", "is " + input.endedOn() + ", before the start "
                    + input.startedOn() + "; a detention cannot end before it starts");
        }
        if (endUnknown(input) && input.endedOn() != null) {
            throw ProblemException.invalid("endUnknown", "is true, but endedOn is " + input.endedOn()
                    + "; give the end date or mark the end unknown, not both");
        }
        if (input.endReason() != null && input.endedOn() == null && !endUnknown(input)) {
            throw ProblemException.invalid("endReason", "a detention that has not ended has no end reason;"
                    + " give endedOn (or endUnknown: true) or leave endReason out");
        }
    }

    private static boolean endUnknown(DetentionInput input) {
        return Boolean.TRUE.equals(input.endUnknown());
    }

    /**
     * Refuses a period that certainly shares a day with another period of the same person. The
     * exclusion constraint {@code detention_no_overlap} holds the same rule against concurrent writes.
     */
    private static void requireNoOverlap(UUID personId, UUID self, DetentionPeriod period) {
        List<Detention> others = Detention.list("personId = ?1", personId);
        for (Detention other : others) {
            if (!other.id.equals(self) && period.certainlyOverlaps(DetentionPeriod.of(other))) {
                throw ProblemException.conflict("This period (" + period + ") overlaps detention " + other.id
                        + " of the same person (" + DetentionPeriod.of(other) + "): a person cannot be held twice"
                        + " on one day. Correct the dates of one of them, or end the earlier one.");
            }
        }
    }
}
