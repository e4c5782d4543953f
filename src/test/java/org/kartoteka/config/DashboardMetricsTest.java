package org.kartoteka.config;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The operators' Grafana dashboard and Prometheus alert rules (deploy/) parse, and every metric
 * their queries name is one this service exports at /q/metrics, so a renamed metric cannot leave
 * an empty panel or an alert that never fires.
 */
@QuarkusTest
class DashboardMetricsTest {

    /**
     * Metrics the files may name that this build does not export (yet). Keep this list short and
     * say why for each.
     */
    private static final Set<String> NOT_EXPORTED_HERE = Set.of(
            // written by Prometheus itself for every scrape target, never by the application
            "up");

    private static final Set<String> PROMQL_WORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring",
            "group_left", "group_right", "bool", "offset");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    @Test
    void theDashboardAndTheAlertsNameOnlyExportedMetrics() throws IOException {
        given().when().get("/api/v1/public/counts/political-prisoners").then().statusCode(200);
        given().when().get("/api/v1/public/counts/no-such-metric").then().statusCode(404);
        String exposition = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Set<String> exported = exported(exposition);

        List<String> expressions = new ArrayList<>(dashboardExpressions());
        expressions.addAll(alertExpressions());
        Set<String> named = new TreeSet<>();
        expressions.forEach(e -> named.addAll(metricsIn(e)));
        Set<String> missing = new TreeSet<>(named);
        missing.removeAll(exported);
        missing.removeAll(NOT_EXPORTED_HERE);

        assertThat(missing, empty());
        assertThat(named, hasItems("http_server_requests_seconds_count", "kartoteka_public_counts_served_total",
                "kartoteka_public_counts_refresh_lag_seconds", "agroal_awaiting_count", "jvm_memory_used_bytes"));
    }

    @Test
    void theNewApplicationMetricsCountWhatTheySay() {
        given().when().get("/api/v1/public/counts/political-prisoners").then().statusCode(200);
        String exposition = given().when().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(sample(exposition, "kartoteka_public_counts_served_total{outcome=\"memory\""), greaterThan(0.0));
        assertThat(sample(exposition, "kartoteka_public_counts_refresh_lag_seconds"), org.hamcrest.Matchers
                .lessThan(120.0));
    }

    @Test
    void anAnonymousRequestForAnUnknownMetricIsCountedOnce() {
        String missing = "kartoteka_public_counts_served_total{outcome=\"missing\"";
        double before = sample(given().when().get("/q/metrics").then().extract().asString(), missing);
        // anonymous: the fast route misses and hands the request on to the REST resource
        given().when().get("/api/v1/public/counts/no-such-metric").then().statusCode(404);
        double afterAnonymous = sample(given().when().get("/q/metrics").then().extract().asString(), missing);
        assertThat(afterAnonymous - before, equalTo(1.0));
    }

    @Test
    void theExtractorFindsMetricsButNotLabelsFunctionsOrKeywords() {
        assertThat(metricsIn("sum by (uri, status) (rate(http_server_requests_seconds_count{job=~\"$job\","
                + " status=~\"5..\"}[5m])) / on (uri) foo_total > 0.05 and bar"),
                equalTo(Set.of("http_server_requests_seconds_count", "foo_total", "bar")));
    }

    private static List<String> dashboardExpressions() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(Path.of("deploy/grafana/kartoteka.json").toFile());
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : dashboard.get("panels")) {
            panel.get("targets").forEach(t -> expressions.add(t.get("expr").asText()));
        }
        assertThat(expressions.size(), greaterThan(5));
        return expressions;
    }

    private static List<String> alertExpressions() throws IOException {
        JsonNode rules = new YAMLMapper().readTree(Path.of("deploy/prometheus/alerts.yaml").toFile());
        List<String> expressions = new ArrayList<>();
        for (JsonNode group : rules.get("groups")) {
            group.get("rules").forEach(r -> expressions.add(r.get("expr").asText()));
        }
        assertThat(expressions.size(), equalTo(4));
        return expressions;
    }

    /** Metric names in a PromQL expression: identifiers outside strings, selectors, ranges and groupings. */
    static Set<String> metricsIn(String expression) {
        String bare = expression.replaceAll("\"[^\"]*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            String name = identifier.group();
            boolean function = bare.substring(identifier.end()).matches("(?s)\\s*\\(.*");
            if (!function && !PROMQL_WORDS.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static Set<String> exported(String exposition) {
        Set<String> names = new TreeSet<>();
        for (String line : exposition.split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                Matcher name = IDENTIFIER.matcher(line);
                if (name.lookingAt()) {
                    names.add(name.group());
                }
            }
        }
        return names;
    }

    private static double sample(String exposition, String prefix) {
        for (String line : exposition.split("\n")) {
            if (line.startsWith(prefix)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no sample " + prefix);
    }
}
