package org.kartoteka.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kartoteka.casefile.CaseFile;
import org.kartoteka.casefile.Charge;
import org.kartoteka.casefile.Trial;
import org.kartoteka.casefile.Verdict;
import org.kartoteka.detention.Detention;
import org.kartoteka.person.Person;
import org.kartoteka.person.PersonService;
import org.kartoteka.recognition.Recognition;

/**
 * Builds a person's timeline with one query per kind of record (citations and articles fetched
 * along), whatever the number of records: six queries in all, the person included.
 */
@ApplicationScoped
public class TimelineService {

    private static final String OF_PERSONS_CASES = " in (select c.id from CaseFile c where c.personId = :person)";

    @Inject
    PersonService persons;

    @Inject
    EntityManager em;

    /** The timeline of a person the caller may see; 404 otherwise, exactly as for a missing person. */
    public Timeline of(UUID personId) {
        Person person = persons.get(personId);
        List<TimelineEvent> events = new ArrayList<>();
        fetch("select distinct e from CaseFile e left join fetch e.citations where e.personId = :person",
                CaseFile.class, person.id).forEach(c -> events.add(TimelineEvent.of(c.openedOn, EventType.CASE_OPENED,
                RecordType.CASE, c.id, Summaries.caseOpened(c), c.citations)));
        fetch("select distinct e from Charge e join fetch e.article left join fetch e.citations where e.caseId"
                + OF_PERSONS_CASES, Charge.class, person.id).forEach(ch -> events.add(TimelineEvent.of(ch.chargedOn,
                EventType.CHARGED, RecordType.CHARGE, ch.id, Summaries.charged(ch), ch.citations)));
        fetch("select distinct e from Trial e left join fetch e.citations where e.caseId" + OF_PERSONS_CASES,
                Trial.class, person.id).forEach(t -> addTrial(events, t));
        fetch("select distinct e from Detention e left join fetch e.citations where e.personId = :person",
                Detention.class, person.id).forEach(d -> addDetention(events, d));
        fetch("select distinct e from Recognition e left join fetch e.citations where e.personId = :person",
                Recognition.class, person.id).forEach(r -> addRecognition(events, r));
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
