package org.kartoteka.duplicate;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.kartoteka.common.ProblemException;

/** The cursor of the scan: the score and the two ids of the last pair of a page. */
record ScanCursor(double score, UUID personId, UUID otherId) {

    private static final String PREFIX = "duplicates\n";

    /** Best first, then by the ids as text (the order PostgreSQL gives uuids). */
    static final Comparator<DuplicatePair> ORDER = Comparator.comparingDouble(DuplicatePair::score).reversed()
            .thenComparing(p -> p.personId().toString()).thenComparing(p -> p.otherId().toString());

    static ScanCursor of(DuplicatePair pair) {
        return new ScanCursor(pair.score(), pair.personId(), pair.otherId());
    }

    DuplicatePair asPair() {
        return new DuplicatePair(personId, null, otherId, null, score, List.of(), List.of());
    }

    String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (PREFIX + score + "\n" + personId + "\n" + otherId).getBytes(StandardCharsets.UTF_8));
    }

    static ScanCursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (!raw.startsWith(PREFIX)) {
                throw new IllegalArgumentException("not a scan cursor");
            }
            String[] parts = raw.substring(PREFIX.length()).split("\n");
            return new ScanCursor(Double.parseDouble(parts[0]), UUID.fromString(parts[1]), UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw ProblemException.invalid("cursor", "is not a cursor of the duplicate scan; pass the nextCursor of"
                    + " the previous page unchanged");
        }
    }
}
