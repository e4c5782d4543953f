package org.kartoteka.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.kartoteka.casefile.CaseService;
import org.kartoteka.casefile.ChargeService;
import org.kartoteka.casefile.TrialService;
import org.kartoteka.detention.DetentionService;
import org.kartoteka.legalarticle.LegalArticleService;
import org.kartoteka.recognition.RecognitionService;
import org.kartoteka.person.PersonService;
import org.kartoteka.source.SourceService;
import org.kartoteka.metric.MetricService;
import org.kartoteka.observation.ObservationService;

/**
 * The API collections that have a history: for each, the tables whose audit events belong to one
 * of its records (its own table and its child rows) and the read that answers 404 when the caller
 * may not see the record. One line per collection.
 */
@ApplicationScoped
class AuditedCollections {

    /** A collection's tables and its visibility check (throws the collection's own 404). */
    record Subject(List<String> tables, Consumer<UUID> requireVisible) {}

    @Inject
    SourceService sources;

    @Inject
    PersonService persons;

    @Inject
    LegalArticleService legalArticles;

    @Inject
    CaseService cases;

    @Inject
    ChargeService charges;

    @Inject
    TrialService trials;

    @Inject
    DetentionService detentions;

    @Inject
    RecognitionService recognitions;

    @Inject
    MetricService metrics;

    @Inject
    ObservationService observations;

    Map<String, Subject> all() {
        return Map.of(
                "sources", new Subject(List.of("source"), sources::get),
                "persons", new Subject(List.of("person", "person_name", "person_external_id", "person_citation"),
                        persons::get),
                "legal-articles", new Subject(List.of("legal_article"), legalArticles::get),
                "cases", new Subject(List.of("case_file", "case_file_citation"), cases::get),
                "charges", new Subject(List.of("charge", "charge_citation"), charges::get),
                "trials", new Subject(List.of("trial", "trial_citation"), trials::get),
                "detentions", new Subject(List.of("detention", "detention_citation"), detentions::get),
                "recognitions", new Subject(List.of("recognition", "recognition_citation"), recognitions::get),
                "metrics", new Subject(List.of("metric"), id -> metrics.get(id.toString())),
                "observations", new Subject(List.of("observation", "observation_citation"), observations::get));
    }
}
