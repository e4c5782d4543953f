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
import org.kartoteka.legalarticle.LegalArticle;
import org.kartoteka.person.PersonReferences;
import org.kartoteka.source.CitationRules;
import java.time.Instant;
import org.kartoteka.asknownon.PastEntities;

/** Creates, reads, changes and deletes charges; a charge is visible when the person of its case is. */
@ApplicationScoped
public class ChargeService {

    private static final List<SortKey<Charge>> SORT_KEYS = List.of(
            SortKey.instant("createdAt", "e.createdAt", c -> c.createdAt),
            SortKey.instant("updatedAt", "e.updatedAt", c -> c.updatedAt));

    @Inject
    PastEntities pastEntities;

    @Inject
    CaseService cases;

    @Inject
    PersonReferences persons;

    @Inject
    CitationRules citationRules;

    @Transactional
    public Charge create(ChargeInput input) {
        Charge charge = new Charge();
        copy(input, charge);
        charge.persistAndFlush();
        return charge;
    }

    /** As {@link #get(UUID)}; with {@code asKnownOn}, as it stood then, if the person of its case is visible today. */
    public Charge get(UUID id, Instant asKnownOn) {
        return asKnownOn == null ? get(id) : pastEntities.require(Charge.class, "charge", id, asKnownOn,
                record -> cases.isVisibleAt(record.caseId, asKnownOn));
    }

    public Charge get(UUID id) {
        Charge charge = Charge.findById(id);
        if (charge == null || !cases.isVisible(charge.caseId)) {
            throw ProblemException.notFound("charge", id);
        }
        return charge;
    }

    public Page<Charge> list(ChargeFilter filter, PageRequest page) {
        Keyset<Charge> query = new Keyset<>(Charge.class, "createdAt", SORT_KEYS);
        query.where(CaseService.VISIBLE_CASE, "visible", persons.visibilities());
        filter.applyTo(query);
        return query.page(Charge.getEntityManager(), page);
    }

    @Transactional
    public Charge update(UUID id, String ifMatch, ChargeInput input) {
        Charge charge = get(id);
        ETags.requireMatch(ifMatch, charge.version);
        copy(input, charge);
        charge.flush();
        return charge;
    }

    @Transactional
    public void delete(UUID id) {
        Charge charge = get(id);
        charge.delete();
        charge.flush();
    }

    private void copy(ChargeInput input, Charge charge) {
        cases.require("caseId", input.caseId());
        LegalArticle article = article(input.article());
        charge.citations.clear();
        charge.citations.addAll(citationRules.require(input.citations()));
        charge.caseId = input.caseId();
        charge.article = article;
        charge.part = partOf(input.article());
        charge.modifier = input.modifier() == null ? ChargeModifier.NONE : input.modifier();
        charge.chargedOn = input.chargedOn();
        charge.outcome = input.outcome() == null ? ChargeOutcome.PENDING : input.outcome();
    }

    /**
     * The catalogue entry a charge names ({@link LegalArticle#forCharge}): any part of an article the
     * catalogue knows is accepted, and so is the article without its part.
     *
     * @throws ProblemException 422 naming the article when the catalogue does not know its number at all
     */
    static LegalArticle article(ChargeInput.ArticleRef ref) {
        LegalArticle found = LegalArticle.forCharge(ref.code().strip(), ref.number().strip(), partOf(ref));
        if (found == null) {
            throw ProblemException.invalid("article", ref.citation() + " is not in the legal-article catalogue:"
                    + " no entry has the number " + ref.number().strip() + "; check the code and number at"
                    + " /api/v1/legal-articles, or add the article there first");
        }
        return found;
    }

    private static String partOf(ChargeInput.ArticleRef ref) {
        return ref.part() == null || ref.part().isBlank() ? null : ref.part().strip();
    }
}
