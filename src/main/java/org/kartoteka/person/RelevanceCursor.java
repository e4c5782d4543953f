package org.kartoteka.person;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.kartoteka.common.ProblemException;

/**
 * The cursor of a name search in relevance order: the offset of the next page among the ranked
 * matches. Ranks can shift when records change between pages; a search is a snapshot of "the
 * best matches now", not a stable listing (the list without {@code q} is).
 */
final class RelevanceCursor {

    private static final String PREFIX = "relevance\n";

    private RelevanceCursor() {}

    static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset a cursor stands for; 0 without a cursor. */
    static int decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (!raw.startsWith(PREFIX)) {
                throw new IllegalArgumentException("not a relevance cursor");
            }
            int offset = Integer.parseInt(raw.substring(PREFIX.length()));
            if (offset < 0 || offset > NameSearch.MAX_MATCHES) {
                throw new IllegalArgumentException("offset out of range");
            }
            return offset;
        } catch (RuntimeException e) {
            throw ProblemException.invalid("cursor", "is not a cursor of this search; pass the nextCursor of the"
                    + " previous page unchanged, with the same q and no sort");
        }
    }
}
