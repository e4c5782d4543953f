package org.kartoteka.importing;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.kartoteka.legalarticle.LegalArticle;

/**
 * The legal-article catalogue in memory for the length of one job (a few hundred entries), so that
 * no row asks the database about its articles. The rule is the API's (docs/records.md): an article
 * number the catalogue knows accepts any part, or none; only an unknown number is refused.
 */
final class ArticleCatalogue {

    /** A catalogued article a charge names: the entry it refers to and the part the charge names (null: none). */
    record Match(LegalArticle entry, String part) {}

    /** Concurrent: the rows' reader thread asks {@link #knows} while the writer {@link #add}s (ChunkReader). */
    private final Map<String, Map<String, LegalArticle>> byNumber = new ConcurrentHashMap<>();

    ArticleCatalogue(List<LegalArticle> entries) {
        for (LegalArticle entry : entries) {
            byNumber.computeIfAbsent(key(entry.code, entry.number), k -> new ConcurrentHashMap<>())
                    .put(entry.part == null ? "" : entry.part, entry);
        }
    }

    static ArticleCatalogue load() {
        return new ArticleCatalogue(LegalArticle.listAll());
    }

    /** Whether the catalogue knows the article number at all. */
    boolean knows(ArticleMention mention) {
        return byNumber.containsKey(key(mention.code(), mention.number()));
    }

    /**
     * The entry a charge of this mention refers to: the entry of its part when the catalogue lists
     * it, else the whole-article entry; null when the number has only other parts catalogued and
     * no whole-article entry yet (see {@link LegalArticle#wholeArticle}).
     */
    Match match(ArticleMention mention) {
        Map<String, LegalArticle> parts = byNumber.get(key(mention.code(), mention.number()));
        if (parts == null) {
            return null;
        }
        LegalArticle exact = mention.part() == null ? null : parts.get(mention.part());
        LegalArticle chosen = exact != null ? exact : parts.get("");
        return new Match(chosen, mention.part());
    }

    /** Remembers a whole-article entry created during the job. */
    void add(LegalArticle entry) {
        byNumber.computeIfAbsent(key(entry.code, entry.number), k -> new ConcurrentHashMap<>())
                .put(entry.part == null ? "" : entry.part, entry);
    }

    private static String key(String code, String number) {
        return code + " " + number;
    }
}
