package org.kartoteka.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a feed as JSON Feed 1.1 (jsonfeed.org). Kartoteka's own fields (the event's kind, partial
 * date, person, figure) go under {@code _kartoteka}, the extension form the format reserves.
 */
final class JsonFeed {

    static final String MEDIA_TYPE = "application/feed+json";
    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private JsonFeed() {}

    static String write(ObjectMapper json, String lang, List<FeedEvent> events, FeedLinks links) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", VERSION);
        feed.put("title", FeedTexts.feedTitle(lang));
        feed.put("home_page_url", links.home());
        feed.put("feed_url", links.self());
        feed.put("language", lang);
        feed.put("authors", List.of(Map.of("name", "Kartoteka")));
        List<Map<String, Object>> items = new ArrayList<>();
        events.forEach(e -> items.add(item(lang, e, links)));
        feed.put("items", items);
        try {
            return json.writeValueAsString(feed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The JSON feed could not be written", e);
        }
    }

    private static Map<String, Object> item(String lang, FeedEvent event, FeedLinks links) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", FeedLinks.id(event));
        item.put("url", links.of(event));
        event.sources().stream().filter(s -> s.url() != null).findFirst()
                .ifPresent(s -> item.put("external_url", s.url()));
        item.put("title", FeedTexts.title(lang, event));
        item.put("content_text", FeedTexts.text(lang, event));
        item.put("date_modified", event.updatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        item.put("tags", List.of(event.kind().name()));
        Map<String, Object> extension = new LinkedHashMap<>();
        extension.put("kind", event.kind().name());
        extension.put("date", event.date());
        extension.put("personId", event.personId());
        extension.put("metric", event.metricKey());
        extension.put("value", event.value());
        extension.put("qualifier", event.qualifier());
        extension.put("sources", event.sources());
        item.put("_kartoteka", extension);
        return item;
    }
}
