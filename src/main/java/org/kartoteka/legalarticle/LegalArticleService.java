package org.kartoteka.legalarticle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kartoteka.asknownon.PastEntities;
import org.kartoteka.common.ETags;
import org.kartoteka.common.Keyset;
import org.kartoteka.common.Keyset.SortKey;
import org.kartoteka.common.Page;
import org.kartoteka.common.PageRequest;
import org.kartoteka.common.ProblemException;

/** The catalogue of legal provisions charges name. */
@ApplicationScoped
public class LegalArticleService {

    private static final List<SortKey<LegalArticle>> SORT_KEYS = List.of(
            SortKey.text("number", "e.number", a -> a.number),
            SortKey.text("title", "e.title", a -> a.title),
            SortKey.instant("createdAt", "e.createdAt", a -> a.createdAt));

    @Inject
    PastEntities pastEntities;

    @Transactional
    public LegalArticle create(LegalArticleInput input) {
        LegalArticle article = new LegalArticle();
        input.copyTo(article);
        article.persistAndFlush();
        return article;
    }

    /** As {@link #get(UUID)}; with {@code asKnownOn}, as it stood then. */
    public LegalArticle get(UUID id, Instant asKnownOn) {
        return asKnownOn == null ? get(id) : pastEntities.require(LegalArticle.class, "legal article", id, asKnownOn,
                record -> true);
    }

    public LegalArticle get(UUID id) {
        LegalArticle article = LegalArticle.findById(id);
        if (article == null) {
            throw ProblemException.notFound("legal article", id);
        }
        return article;
    }

    public Page<LegalArticle> list(LegalArticleFilter filter, PageRequest page) {
        Keyset<LegalArticle> query = new Keyset<>(LegalArticle.class, "number", SORT_KEYS);
        filter.applyTo(query);
        return query.page(LegalArticle.getEntityManager(), page);
    }

    @Transactional
    public LegalArticle update(UUID id, String ifMatch, LegalArticleInput input) {
        LegalArticle article = get(id);
        ETags.requireMatch(ifMatch, article.version);
        input.copyTo(article);
        article.flush();
        return article;
    }

    @Transactional
    public void delete(UUID id) {
        LegalArticle article = get(id);
        article.delete();
        article.flush();
    }
}
