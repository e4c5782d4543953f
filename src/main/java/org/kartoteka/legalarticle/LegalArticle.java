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

    /** How people cite it: {@code BY-CC 342} or {@code BY-CC 293 part 2}. */
    public String citation() {
        return code + " " + number + (part == null ? "" : " part " + part);
    }
}
