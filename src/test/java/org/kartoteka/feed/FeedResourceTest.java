package org.kartoteka.feed;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.kartoteka.Auth.anonymously;
import static org.kartoteka.Auth.asEditor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;
import org.kartoteka.RecordFixtures;
import org.kartoteka.StatsFixtures;

/**
 * The newsroom feeds over HTTP: Atom read back with ROME (a real feed parser), JSON Feed checked
 * against the 1.1 rules, visibility of persons and sources, languages, filters, ETag and 304, and
 * a write reaching the feed through NOTIFY.
 */
@QuarkusTest
class FeedResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theAtomFeedParsesAndNamesPublicPersonsAndPublicSourcesOnly() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String open = source("Open report " + marker, "PUBLIC");
        String secret = source("Secret interview " + marker, "RESTRICTED");
        String publicPerson = Fixtures.person("Feed Public " + marker, "PUBLIC");
        String restrictedPerson = Fixtures.person("Feed Restricted " + marker, "RESTRICTED");
        recognition(publicPerson, open, secret);
        recognition(restrictedPerson, open, open);

        Feed feed = awaitAtom("", "Feed Public " + marker);

        Entry entry = entryAbout(feed, "Feed Public " + marker);
        assertThat(entry.getTitleEx().getValue(), equalTo("Feed Public " + marker + " recognised as a political prisoner"));
        assertThat(entry.getId(), startsWith("urn:kartoteka:event:recognition:"));
        assertThat(entry.getUpdated(), notNullValue());
        List<String> related = new ArrayList<>();
        entry.getOtherLinks().stream().filter(l -> "related".equals(l.getRel())).map(Link::getTitle).forEach(related::add);
        assertThat(related, equalTo(List.of("Open report " + marker)));
        assertThat(feed.getId(), notNullValue());
        assertThat(feed.getUpdated(), notNullValue());
        String xml = atom("").extract().asString();
        assertThat(xml, not(containsString("Feed Restricted " + marker)));
        assertThat(xml, not(containsString("Secret interview " + marker)));
    }

    @Test
    void theJsonFeedFollowsVersion11InEveryLanguage() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String person = Fixtures.person("Feed Json " + marker, "PUBLIC");
        RecordFixtures.detention(person, "PRETRIAL", "2021-03", "2022-05-04");
        await().atMost(Duration.ofSeconds(20)).until(() -> jsonFeed("").toString().contains("Feed Json " + marker));

        for (String lang : List.of("en", "be", "ru")) {
            JsonNode feed = jsonFeed("?lang=" + lang);
            assertThat(feed.get("version").asText(), equalTo("https://jsonfeed.org/version/1.1"));
            assertThat(feed.get("title").isTextual(), equalTo(true));
            assertThat(URI.create(feed.get("feed_url").asText()).isAbsolute(), equalTo(true));
            for (JsonNode item : feed.get("items")) {
                assertThat(item.get("id").isTextual(), equalTo(true));
                assertThat(item.get("content_text").isTextual(), equalTo(true));
                assertThat(URI.create(item.get("url").asText()).isAbsolute(), equalTo(true));
                assertThat(OffsetDateTime.parse(item.get("date_modified").asText()), notNullValue());
            }
        }
        assertThat(itemAbout(jsonFeed("?lang=en"), "Feed Json " + marker).get("title").asText(),
                equalTo("Feed Json " + marker + " released"));
        assertThat(itemAbout(jsonFeed("?lang=be"), "Feed Json " + marker).get("title").asText(),
                equalTo("Feed Json " + marker + ": вызваленне"));
        assertThat(itemAbout(jsonFeed("?lang=ru"), "Feed Json " + marker).get("content_text").asText(),
                startsWith("4 мая 2022"));
    }

    @Test
    void kindAndMetricFilterTheEvents() throws Exception {
        String metric = StatsFixtures.stockMetric("feed");
        StatsFixtures.observation(metric, 1234, "AT_LEAST", "2022-11-04", Fixtures.source("Figure source"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jsonFeed("?metric=" + metric).get("items").size() == 1);

        JsonNode figures = jsonFeed("?metric=" + metric + "&lang=en");
        assertThat(figures.get("items").get(0).get("title").asText(), equalTo("Test prisoners: at least 1,234"));
        assertThat(figures.get("items").get(0).get("_kartoteka").get("metric").asText(), equalTo(metric));
        List<String> kinds = new ArrayList<>();
        jsonFeed("?kind=figure").get("items").forEach(i -> kinds.add(i.get("_kartoteka").get("kind").asText()));
        assertThat(kinds, not(empty()));
        assertThat(kinds, everyItem(equalTo("FIGURE")));
        assertThat(jsonFeed("?kind=RECOGNITION&metric=" + metric).get("items").size(), equalTo(0));
    }

    @Test
    void anUnchangedFeedIsA304AndAWriteChangesItsETag() {
        String etag = atom("").extract().header("ETag");
        anonymously().header("If-None-Match", etag).when().get("/feed.atom").then().statusCode(304);

        String person = Fixtures.person("Feed Change " + UUID.randomUUID(), "PUBLIC");
        recognition(person, Fixtures.source("Change source"), Fixtures.source("Change source 2"));

        await().atMost(Duration.ofSeconds(20)).until(() -> !etag.equals(atom("").extract().header("ETag")));
        anonymously().header("If-None-Match", etag).when().get("/feed.atom").then().statusCode(200);
    }

    @Test
    void wrongParametersAreProblemsNamingThem() {
        anonymously().when().get("/feed.atom?lang=de").then().statusCode(422).body("errors[0].field", equalTo("lang"));
        anonymously().when().get("/feed.json?kind=ARREST").then().statusCode(422).body("errors[0].field", equalTo("kind"));
        anonymously().when().get("/feed.json?metric=no-such-metric").then().statusCode(422)
                .body("errors[0].field", equalTo("metric"));
    }

    private static io.restassured.response.ValidatableResponse atom(String query) {
        return anonymously().when().get("/feed.atom" + query).then().statusCode(200)
                .contentType(startsWith("application/atom+xml"));
    }

    private static Feed awaitAtom(String query, String text) {
        await().atMost(Duration.ofSeconds(20)).until(() -> atom(query).extract().asString().contains(text));
        try {
            return (Feed) new WireFeedInput().build(new StringReader(atom(query).extract().asString()));
        } catch (Exception e) {
            throw new AssertionError("ROME cannot read the Atom feed", e);
        }
    }

    private static JsonNode jsonFeed(String query) throws Exception {
        String body = anonymously().when().get("/feed.json" + query).then().statusCode(200)
                .contentType(startsWith("application/feed+json")).extract().asString();
        return JSON.readTree(body);
    }

    private static Entry entryAbout(Feed feed, String name) {
        return feed.getEntries().stream().filter(e -> e.getTitleEx().getValue().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry about " + name));
    }

    private static JsonNode itemAbout(JsonNode feed, String name) {
        for (JsonNode item : feed.get("items")) {
            if (item.get("title").asText().contains(name)) {
                return item;
            }
        }
        throw new AssertionError("no item about " + name);
    }

    private static String source(String title, String visibility) {
        return asEditor().contentType(ContentType.JSON)
                .body("""
                        {"title": "%s", "kind": "REPORT", "url": "https://example.org/%s", "visibility": "%s"}"""
                        .formatted(title, UUID.randomUUID(), visibility))
                .when().post("/api/v1/sources").then().statusCode(201).extract().path("id");
    }

    private static void recognition(String person, String firstSource, String secondSource) {
        RecordFixtures.create("recognitions", """
                {"personId": "%s", "recognizedBy": "Viasna", "recognizedOn": "2021-07",
                 "grounds": ["PACE Resolution 1900 (2012), 1(a)"],
                 "citations": [{"sourceId": "%s", "locator": "p. 1"}, {"sourceId": "%s", "locator": "p. 2"}]}"""
                .formatted(person, firstSource, secondSource));
    }
}
