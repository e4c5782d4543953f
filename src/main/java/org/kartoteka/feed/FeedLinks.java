package org.kartoteka.feed;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * What both feed formats say of one feed and its entries besides the words: its own address, the
 * address an entry points to (the person's timeline, or the metric's series), stable entry ids and
 * the time of the newest change.
 */
record FeedLinks(URI base, String selfPath, String query) {

    /** The time a feed without entries says it was updated: fixed, so that its ETag stays put. */
    static final Instant EPOCH = Instant.parse("2000-01-01T00:00:00Z");

    String self() {
        return base.resolve(selfPath).toString() + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    String home() {
        return base.toString();
    }

    String of(FeedEvent event) {
        if (event.personId() != null) {
            return UriBuilder.fromUri(base).path("api/v1/persons/{id}/timeline").build(event.personId()).toString();
        }
        return UriBuilder.fromUri(base).path("api/v1/stats/series").queryParam("metric", "{key}")
                .build(event.metricKey()).toString();
    }

    /** A permanent id: the same event keeps it when edited, in every language and filter. */
    static String id(FeedEvent event) {
        return "urn:kartoteka:event:" + event.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + event.id();
    }

    static Instant updated(List<FeedEvent> events) {
        return events.stream().map(FeedEvent::updatedAt).max(Instant::compareTo).orElse(EPOCH);
    }

    /** Text without the characters XML 1.0 cannot carry (stray control characters in a record). */
    static String clean(String text) {
        return text == null ? "" : text.replaceAll("[^\\u0009\\u000A\\u000D\\u0020-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]", "");
    }
}
