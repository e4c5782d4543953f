package org.kartoteka.source;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kartoteka.common.Citation;
import org.kartoteka.common.CitationInput;
import org.kartoteka.common.Problem;
import org.kartoteka.common.ProblemException;

/**
 * The provenance rule every fact shares: at least one citation, each of a source that exists.
 * A fact without a source is not a fact.
 */
@ApplicationScoped
public class CitationRules {

    /**
     * Checks the citations of a fact and turns them into their stored form.
     *
     * @throws ProblemException 422 naming each citation that is missing or cites an unknown source
     */
    public List<Citation> require(List<CitationInput> citations) {
        if (citations == null || citations.isEmpty()) {
            throw ProblemException.invalid("citations", "a fact needs at least one citation of a source;"
                    + " add {\"sourceId\": ..., \"locator\": ...}");
        }
        Set<UUID> known = existing(citations);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < citations.size(); i++) {
            CitationInput citation = citations.get(i);
            if (citation == null || citation.sourceId() == null) {
                errors.add(new Problem.FieldError("citations[" + i + "].sourceId", "must name a source"));
            } else if (!known.contains(citation.sourceId())) {
                errors.add(new Problem.FieldError("citations[" + i + "].sourceId",
                        "no source has the id " + citation.sourceId() + "; create the source first"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return citations.stream().map(CitationInput::toEmbeddable).toList();
    }

    private static Set<UUID> existing(List<CitationInput> citations) {
        Set<UUID> ids = new HashSet<>();
        citations.stream().filter(c -> c != null && c.sourceId() != null).forEach(c -> ids.add(c.sourceId()));
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(Source.getEntityManager()
                .createQuery("select s.id from Source s where s.id in :ids", UUID.class)
                .setParameter("ids", ids)
                .getResultList());
    }
}
