package org.kartoteka;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.kartoteka.Auth;
import org.kartoteka.Fixtures;

/** Metrics and observations tests need, created through the real API. */
public final class StatsFixtures {

    private StatsFixtures() {}

    /** A request of a signed-in editor (writes need one). */
    public static RequestSpecification editor() {
        return Auth.asEditor();
    }

    /** A unique metric key starting with this prefix. */
    public static String key(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A reported-only STOCK metric; returns its key. */
    public static String stockMetric(String prefix) {
        String key = key(prefix);
        editor()
                .contentType(ContentType.JSON)
                .body("""
                        {"key": "%s", "label": "Test prisoners", "labels": {"en": "Test prisoners",
                         "be": "Тэставыя палітвязні", "ru": "Тестовые политзаключённые"}, "kind": "STOCK"}"""
                        .formatted(key))
                .when()
                .post("/api/v1/metrics")
                .then()
                .statusCode(201);
        return key;
    }

    /** An observation of a STOCK metric; returns its id. */
    public static String observation(String metric, int value, String qualifier, String asOf, String sourceId) {
        return editor()
                .contentType(ContentType.JSON)
                .body("""
                        {"metric": "%s", "value": %d, "qualifier": "%s", "asOf": "%s", "scope": "BY",
                         "publisher": "Test Desk", "citations": [{"sourceId": "%s", "locator": "p. 2"}]}"""
                        .formatted(metric, value, qualifier, asOf, sourceId))
                .when()
                .post("/api/v1/observations")
                .then()
                .statusCode(201)
                .extract().path("id");
    }

    public static String source(String title) {
        return Fixtures.source(title);
    }
}
