package org.kartoteka.common;

/**
 * Entity tags for optimistic concurrency: {@code ETag} on every read and write, {@code If-Match}
 * required on every update, so that two researchers editing one record cannot silently overwrite
 * each other.
 */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Checks an {@code If-Match} header against the stored version.
     *
     * @throws ProblemException 428 when the header is missing, 412 when it names another version
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "Send the record's ETag in an If-Match"
                    + " header (read it with GET first), so that you cannot overwrite someone else's change.");
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(current) || tag.equals("W/" + current)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED, "The record has changed since you read it"
                + " (If-Match " + ifMatch + ", now " + current + "); read it again and repeat your change.");
    }
}
