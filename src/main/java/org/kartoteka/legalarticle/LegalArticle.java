package org.kartoteka.legalarticle;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.kartoteka.common.RecordEntity;

/** A provision of a legal code, such as article 342 of the Belarusian Criminal Code. */
@Entity
@Table(name = "legal_article")
public class LegalArticle extends RecordEntity {

    /** The code: {@code BY-CC} criminal code, {@code BY-CAO} code of administrative offences. */
    public String code;

    /** The article number as the code writes it: {@code 342}, {@code 361-1}. */
    public String number;

    /** The part of the article, when the catalogue distinguishes it. */
    public String part;

    public String title;

    /** The catalogue entry with this code, number and part (null part: the article as a whole), or null. */
    public static LegalArticle findCatalogued(String code, String number, String part) {
        return part == null
                ? find("code = ?1 and number = ?2 and part is null", code, number).firstResult()
                : find("code = ?1 and number = ?2 and part = ?3", code, number, part).firstResult();
    }

    /**
     * The entry a charge naming this article refers to, under the catalogue rule (docs/records.md):
     * the entry of the part when the catalogue lists it, else the whole-article entry; when the
     * catalogue lists only parts of the number, its whole-article entry is made now (persisted).
     * Null when the catalogue does not know the number at all.
     */
    public static LegalArticle forCharge(String code, String number, String part) {
        LegalArticle exact = part == null ? null : findCatalogued(code, number, part);
        if (exact != null) {
            return exact;
        }
        LegalArticle whole = findCatalogued(code, number, null);
        if (whole != null || count("code = ?1 and number = ?2", code, number) == 0) {
            return whole;
        }
        whole = wholeArticle(code, number);
        whole.persist();
        return whole;
    }

    /** A new (unsaved) entry for the whole of an article the catalogue lists only by parts. */
    public static LegalArticle wholeArticle(String code, String number) {
        LegalArticle whole = new LegalArticle();
        whole.code = code;
        whole.number = number;
        whole.title = "Article " + number + " (the whole article, any part)";
        return whole;
    }

    /** How people cite it: {@code BY-CC 342} or {@code BY-CC 293 part 2}. */
    public String citation() {
        return code + " " + number + (part == null ? "" : " part " + part);
    }
}
