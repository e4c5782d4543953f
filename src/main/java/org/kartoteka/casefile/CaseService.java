package org.kartoteka.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.kartoteka.common.ETags;
import org.kartoteka.common.Keyset;
import org.kartoteka.common.Keyset.SortKey;
import org.kartoteka.common.Page;
import org.kartoteka.common.PageRequest;
import org.kartoteka.common.Texts;
import org.kartoteka.common.ProblemException;
import org.kartoteka.person.PersonReferences;
import org.kartoteka.source.CitationRules;
import java.time.Instant;
import org.kartoteka.asknownon.PastEntities;

/** Creates, reads, changes and deletes cases; a case is visible when its person is. */
@ApplicationScoped
public class CaseService {

    /**
     * HQL condition over a record with a {@code caseId}, alias {@code e}, parameter {@code :visible}:
     * the person of its case is visible to the caller. The list form of {@link #isVisible}.
     */
    static final String VISIBLE_CASE = "e.caseId in (select vc.id from CaseFile vc, Person vp"
            + " where vp.id = vc.personId and vp.visibility in :visible)";

    private static final List<SortKey<CaseFile>> SORT_KEYS = List.of(
            SortKey.instant("createdAt", "e.createdAt", c -> c.createdAt),
            SortKey.instant("updatedAt", "e.updatedAt", c -> c.updatedAt));

    @Inject
    PastEntities pastEntities;

    @Inject
    PersonReferences persons;

    @Inject
    CitationRules citationRules;

    @Transactional
    public CaseFile create(CaseInput input) {
        CaseFile caseFile = new CaseFile();
        copy(input, caseFile);
        caseFile.persistAndFlush();
        return caseFile;
    }

    /** As {@link #get(UUID)}; with {@code asKnownOn}, as it stood then, if its person is visible today. */
    public CaseFile get(UUID id, Instant asKnownOn) {
        return asKnownOn == null ? get(id) : pastEntities.require(CaseFile.class, "case", id, asKnownOn,
                record -> persons.visibleToday(record.personId));
    }

    /** Whether the case existed at {@code at} and its person is visible to the caller today. */
    public boolean isVisibleAt(UUID caseId, Instant at) {
        return pastEntities.find(CaseFile.class, caseId, at).filter(c -> persons.visibleToday(c.personId)).isPresent();
    }

    /** The case with this id if the caller may see its person; otherwise 404 as if there were none. */
    public CaseFile get(UUID id) {
        CaseFile caseFile = CaseFile.findById(id);
        if (caseFile == null || !persons.visible(caseFile.personId)) {
            throw ProblemException.notFound("case", id);
        }
        return caseFile;
    }

    /** Whether the case exists and the caller may see its person: what decides if its charges and trials show. */
    public boolean isVisible(UUID caseId) {
        CaseFile caseFile = CaseFile.findById(caseId);
        return caseFile != null && persons.visible(caseFile.personId);
    }

    /**
     * The case a charge, trial or detention names in {@code field}.
     *
     * @throws ProblemException 422 "no case has the id …" when it is missing or hidden from the caller
     */
    public CaseFile require(String field, UUID id) {
        CaseFile caseFile = CaseFile.findById(id);
        if (caseFile == null || !persons.visible(caseFile.personId)) {
            throw ProblemException.invalid(field, "no case has the id " + id);
        }
        persons.requireMayWrite(caseFile.personId);
        return caseFile;
    }

    public Page<CaseFile> list(CaseFilter filter, PageRequest page) {
        Keyset<CaseFile> query = new Keyset<>(CaseFile.class, "createdAt", SORT_KEYS);
        query.where(PersonReferences.VISIBLE_PERSON, "visible", persons.visibilities());
        filter.applyTo(query);
        return query.page(CaseFile.getEntityManager(), page);
    }

    @Transactional
    public CaseFile update(UUID id, String ifMatch, CaseInput input) {
        CaseFile caseFile = get(id);
        ETags.requireMatch(ifMatch, caseFile.version);
        copy(input, caseFile);
        caseFile.flush();
        return caseFile;
    }

    /** Deletes a case; refused with 409 (by the schema) while charges, trials or detentions name it. */
    @Transactional
    public void delete(UUID id) {
        CaseFile caseFile = get(id);
        caseFile.delete();
        caseFile.flush();
    }

    private void copy(CaseInput input, CaseFile caseFile) {
        persons.require("personId", input.personId());
        caseFile.citations.clear();
        caseFile.citations.addAll(citationRules.require(input.citations()));
        caseFile.personId = input.personId();
        caseFile.reference = Texts.blankToNull(input.reference());
        caseFile.groupName = Texts.blankToNull(input.groupName());
        caseFile.openedOn = input.openedOn();
        caseFile.authority = Texts.blankToNull(input.authority());
        caseFile.status = input.status() == null ? CaseStatus.INVESTIGATION : input.status();
    }
}
