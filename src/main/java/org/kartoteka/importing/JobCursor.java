package org.kartoteka.importing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.kartoteka.common.ProblemException;

/** The cursor of the job list: the submission time and id of the last job of a page, opaque to clients. */
record JobCursor(Instant submittedAt, UUID id) {

    static String encode(ImportJob job) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((job.submittedAt + "|" + job.id)
                .getBytes(StandardCharsets.UTF_8));
    }

    static JobCursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            return new JobCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this list gave; start again without it");
        }
    }
}
