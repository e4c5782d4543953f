package org.kartoteka.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.kartoteka.legalarticle.LegalArticleService;
import org.kartoteka.person.PersonService;
import org.kartoteka.source.SourceService;

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

    Map<String, Subject> all() {
        return Map.of(
                "sources", new Subject(List.of("source"), sources::get),
                "persons", new Subject(List.of("person", "person_name", "person_external_id", "person_citation"),
                        persons::get),
                "legal-articles", new Subject(List.of("legal_article"), legalArticles::get));
    }
}
