package org.kartoteka.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kartoteka.asknownon.PastEntities;
import org.kartoteka.casefile.CaseFile;
import org.kartoteka.casefile.Charge;
import org.kartoteka.casefile.Trial;
import org.kartoteka.casefile.Verdict;
import org.kartoteka.common.RecordEntity;
import org.kartoteka.detention.Detention;
import org.kartoteka.person.Person;
import org.kartoteka.person.PersonService;
import org.kartoteka.recognition.Recognition;

/**
 * Builds a person's timeline with one query per kind of record (citations and articles fetched
 * along), whatever the number of records: six queries in all, the person included. As known on an
 * instant, from the audit trail (a few statements per record).
 */
@ApplicationScoped
public class TimelineService {

    private static final String OF_PERSONS_CASES = " in (select c.id from CaseFile c where c.personId = :person)";

    @Inject
    PersonService persons;

    @Inject
    EntityManager em;

    @Inject
    PastEntities past;

    /** The timeline of a person the caller may see; 404 otherwise, exactly as for a missing person. */
    public Timeline of(UUID personId) {
        Person person = persons.get(personId);
        return build(person,
                fetch("select distinct e from CaseFile e left join fetch e.citations where e.personId = :person",
                        CaseFile.class, person.id),
                fetch("select distinct e from Charge e join fetch e.article left join fetch e.citations where e.caseId"
                        + OF_PERSONS_CASES, Charge.class, person.id),
                fetch("select distinct e from Trial e left join fetch e.citations where e.caseId" + OF_PERSONS_CASES,
                        Trial.class, person.id),
                fetch("select distinct e from Detention e left join fetch e.citations where e.personId = :person",
                        Detention.class, person.id),
                fetch("select distinct e from Recognition e left join fetch e.citations where e.personId = :person",
                        Recognition.class, person.id));
    }

    /**
     * The timeline as the person and their records stood at {@code asKnownOn}, rebuilt from the
     * audit trail; as they are when it is null. Who may read it is decided as today.
     */
    public Timeline of(UUID personId, Instant asKnownOn) {
        if (asKnownOn == null) {
            return of(personId);
        }
        Person person = persons.get(personId, asKnownOn);
        List<CaseFile> cases = past.referring(CaseFile.class, "person_id", person.id, asKnownOn);
        return build(person, cases, ofCases(Charge.class, cases, asKnownOn), ofCases(Trial.class, cases, asKnownOn),
                past.referring(Detention.class, "person_id", person.id, asKnownOn),
                past.referring(Recognition.class, "person_id", person.id, asKnownOn));
    }

    private <T extends RecordEntity> List<T> ofCases(Class<T> type, List<CaseFile> cases, Instant asKnownOn) {
        return cases.stream().flatMap(c -> past.referring(type, "case_id", c.id, asKnownOn).stream()).toList();
    }

    private static Timeline build(Person person, List<CaseFile> cases, List<Charge> charges, List<Trial> trials,
            List<Detention> detentions, List<Recognition> recognitions) {
        List<TimelineEvent> events = new ArrayList<>();
        cases.forEach(c -> events.add(TimelineEvent.of(c.openedOn, EventType.CASE_OPENED, RecordType.CASE, c.id,
                Summaries.caseOpened(c), c.citations)));
        charges.forEach(ch -> events.add(TimelineEvent.of(ch.chargedOn, EventType.CHARGED, RecordType.CHARGE, ch.id,
                Summaries.charged(ch), ch.citations)));
        trials.forEach(t -> addTrial(events, t));
        detentions.forEach(d -> addDetention(events, d));
        recognitions.forEach(r -> addRecognition(events, r));
        events.sort(TimelineEvent.ORDER);
        return new Timeline(person.id, events);
    }

    private <T> List<T> fetch(String hql, Class<T> type, UUID personId) {
        return em.createQuery(hql, type).setParameter("person", personId).getResultList();
    }

    private static void addTrial(List<TimelineEvent> events, Trial t) {
        events.add(TimelineEvent.of(t.startedOn, EventType.TRIAL_STARTED, RecordType.TRIAL, t.id,
                Summaries.trialStarted(t), t.citations));
        if (t.verdictOn != null || t.verdict != Verdict.PENDING) {
            events.add(TimelineEvent.of(t.verdictOn, EventType.VERDICT, RecordType.TRIAL, t.id, Summaries.verdict(t),
                    t.citations));
        }
        if (t.appealOn != null || t.appealOutcome != null) {
            events.add(TimelineEvent.of(t.appealOn, EventType.APPEAL, RecordType.TRIAL, t.id, Summaries.appeal(t),
                    t.citations));
        }
    }

    private static void addDetention(List<TimelineEvent> events, Detention d) {
        events.add(TimelineEvent.of(d.startedOn, EventType.DETENTION_STARTED, RecordType.DETENTION, d.id,
                Summaries.detentionStarted(d), d.citations));
        if (d.endedOn != null || d.endUnknown) {
            events.add(TimelineEvent.of(d.endedOn, EventType.DETENTION_ENDED, RecordType.DETENTION, d.id,
                    Summaries.detentionEnded(d), d.citations));
        }
    }

    private static void addRecognition(List<TimelineEvent> events, Recognition r) {
        events.add(TimelineEvent.of(r.recognizedOn, EventType.RECOGNIZED, RecordType.RECOGNITION, r.id,
                Summaries.recognized(r), r.citations));
        if (r.revokedOn != null) {
            events.add(TimelineEvent.of(r.revokedOn, EventType.RECOGNITION_REVOKED, RecordType.RECOGNITION, r.id,
                    Summaries.recognitionRevoked(r), r.citations));
        }
    }
}
