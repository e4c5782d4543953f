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
import org.kartoteka.common.ProblemException;
import org.kartoteka.common.Texts;
import org.kartoteka.person.PersonReferences;
import org.kartoteka.source.CitationRules;
import java.time.Instant;
import org.kartoteka.asknownon.PastEntities;

/** Creates, reads, changes and deletes trials; a trial is visible when the person of its case is. */
@ApplicationScoped
public class TrialService {

    private static final List<SortKey<Trial>> SORT_KEYS = List.of(
            SortKey.instant("createdAt", "e.createdAt", t -> t.createdAt),
            SortKey.instant("updatedAt", "e.updatedAt", t -> t.updatedAt));

    @Inject
    PastEntities pastEntities;

    @Inject
    CaseService cases;

    @Inject
    PersonReferences persons;

    @Inject
    CitationRules citationRules;

    @Transactional
    public Trial create(TrialInput input) {
        Trial trial = new Trial();
        copy(input, trial);
        trial.persistAndFlush();
        return trial;
    }

    /** As {@link #get(UUID)}; with {@code asKnownOn}, as it stood then, if the person of its case is visible today. */
    public Trial get(UUID id, Instant asKnownOn) {
        return asKnownOn == null ? get(id) : pastEntities.require(Trial.class, "trial", id, asKnownOn,
                record -> cases.isVisibleAt(record.caseId, asKnownOn));
    }

    public Trial get(UUID id) {
        Trial trial = Trial.findById(id);
        if (trial == null || !cases.isVisible(trial.caseId)) {
            throw ProblemException.notFound("trial", id);
        }
        return trial;
    }

    public Page<Trial> list(TrialFilter filter, PageRequest page) {
        Keyset<Trial> query = new Keyset<>(Trial.class, "createdAt", SORT_KEYS);
        query.where(CaseService.VISIBLE_CASE, "visible", persons.visibilities());
        filter.applyTo(query);
        return query.page(Trial.getEntityManager(), page);
    }

    @Transactional
    public Trial update(UUID id, String ifMatch, TrialInput input) {
        Trial trial = get(id);
        ETags.requireMatch(ifMatch, trial.version);
        copy(input, trial);
        trial.flush();
        return trial;
    }

    @Transactional
    public void delete(UUID id) {
        Trial trial = get(id);
        trial.delete();
        trial.flush();
    }

    private void copy(TrialInput input, Trial trial) {
        cases.require("caseId", input.caseId());
        TrialRules.requireConsistent(input);
        trial.citations.clear();
        trial.citations.addAll(citationRules.require(input.citations()));
        trial.caseId = input.caseId();
        trial.court = Texts.blankToNull(input.court());
        trial.judges.clear();
        trial.judges.addAll(Texts.names(input.judges()));
        trial.prosecutors.clear();
        trial.prosecutors.addAll(Texts.names(input.prosecutors()));
        trial.startedOn = input.startedOn();
        trial.verdictOn = input.verdictOn();
        trial.verdict = input.verdict() == null ? Verdict.PENDING : input.verdict();
        trial.closedSession = Boolean.TRUE.equals(input.closedSession());
        trial.inAbsentia = Boolean.TRUE.equals(input.inAbsentia());
        copySentence(input.sentence(), trial);
        trial.appealOn = input.appealOn();
        trial.appealOutcome = Texts.blankToNull(input.appealOutcome());
    }

    private static void copySentence(SentenceInput sentence, Trial trial) {
        boolean none = sentence == null;
        trial.sentenceType = none ? null : sentence.type();
        trial.sentenceRegime = none ? null : Texts.blankToNull(sentence.regime());
        trial.sentenceTermDays = none ? null : sentence.termDays();
        trial.sentenceFineAmount = none ? null : sentence.fineAmount();
        trial.sentenceCurrency = none ? null : sentence.currency();
    }
}
