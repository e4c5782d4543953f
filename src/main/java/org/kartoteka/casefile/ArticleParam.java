package org.kartoteka.casefile;

import java.util.HashMap;
import java.util.Map;
import org.kartoteka.common.ProblemException;

/**
 * The {@code article} query parameter: an article number ({@code 342}, {@code 361-1}), optionally
 * after its code and a colon ({@code BY-CC:342}). It matches every part of the article.
 */
public record ArticleParam(String code, String number) {

    public static ArticleParam parse(String value) {
        String text = value.strip();
        int colon = text.lastIndexOf(':');
        String code = colon < 0 ? null : text.substring(0, colon).strip();
        String number = text.substring(colon + 1).strip();
        if (number.isEmpty() || (code != null && code.isEmpty())) {
            throw ProblemException.invalid("article", "write an article number such as 342, or code:number such as"
                    + " BY-CC:342");
        }
        return new ArticleParam(code, number);
    }

    /** The named parameters {@code articleNumber} and, with a code, {@code articleCode}. */
    public Map<String, Object> parameters() {
        Map<String, Object> params = new HashMap<>();
        params.put("articleNumber", number);
        if (code != null) {
            params.put("articleCode", code);
        }
        return params;
    }
}
