package org.kartoteka.recognition;

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

/** Creates, reads, changes and deletes recognitions; a recognition is visible when its person is. */
@ApplicationScoped
public class RecognitionService {

    private static final List<SortKey<Recognition>> SORT_KEYS = List.of(
            SortKey.instant("createdAt", "e.createdAt", r -> r.createdAt),
            SortKey.instant("updatedAt", "e.updatedAt", r -> r.updatedAt));

    @Inject
    PastEntities pastEntities;

    @Inject
    PersonReferences persons;

    @Inject
    CitationRules citationRules;

    @Transactional
    public Recognition create(RecognitionInput input) {
        Recognition recognition = new Recognition();
        copy(input, recognition);
        recognition.persistAndFlush();
        return recognition;
    }

    /** As {@link #get(UUID)}; with {@code asKnownOn}, as it stood then, if its person is visible today. */
    public Recognition get(UUID id, Instant asKnownOn) {
        return asKnownOn == null ? get(id) : pastEntities.require(Recognition.class, "recognition", id, asKnownOn,
                record -> persons.visibleToday(record.personId));
    }

    public Recognition get(UUID id) {
        Recognition recognition = Recognition.findById(id);
        if (recognition == null || !persons.visible(recognition.personId)) {
            throw ProblemException.notFound("recognition", id);
        }
        return recognition;
    }

    public Page<Recognition> list(RecognitionFilter filter, PageRequest page) {
        Keyset<Recognition> query = new Keyset<>(Recognition.class, "createdAt", SORT_KEYS);
        query.where(PersonReferences.VISIBLE_PERSON, "visible", persons.visibilities());
        filter.applyTo(query);
        return query.page(Recognition.getEntityManager(), page);
    }

    @Transactional
    public Recognition update(UUID id, String ifMatch, RecognitionInput input) {
        Recognition recognition = get(id);
        ETags.requireMatch(ifMatch, recognition.version);
        copy(input, recognition);
        recognition.flush();
        return recognition;
    }

    @Transactional
    public void delete(UUID id) {
        Recognition recognition = get(id);
        recognition.delete();
        recognition.flush();
    }

    private void copy(RecognitionInput input, Recognition recognition) {
        persons.require("personId", input.personId());
        if (input.revokedOn() != null && input.recognizedOn() != null
                && input.revokedOn().certainlyBefore(input.recognizedOn())) {
            throw ProblemException.invalid("revokedOn", "is " + input.revokedOn() + ", before the recognition ("
                    + input.recognizedOn() + "); a recognition cannot be revoked before it is made");
        }
        recognition.citations.clear();
        recognition.citations.addAll(citationRules.require(input.citations()));
        recognition.personId = input.personId();
        recognition.recognizedBy = input.recognizedBy().strip();
        recognition.recognizedOn = input.recognizedOn();
        recognition.grounds.clear();
        recognition.grounds.addAll(Texts.names(input.grounds()));
        recognition.revokedOn = input.revokedOn();
    }
}
