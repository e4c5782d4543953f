package org.kartoteka.publiccount;

import static org.kartoteka.StatsFixtures.editor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.kartoteka.StatsFixtures;

@QuarkusTest
class WidgetResourceTest {

    @Test
    void theScriptIsCacheableJavaScriptWithItsStylesFilledIn() {
        given()
                .when()
                .get("/widget.js")
                .then()
                .statusCode(200)
                .contentType(containsString("text/javascript"))
                .header("Cache-Control", containsString("public"))
                .header("ETag", not(nullValue()))
                .body(containsString("data-kartoteka-metric"))
                .body(not(containsString("__KARTOTEKA_CSS__")));
    }

    @Test
    void theIframePageRendersTheFigureInBelarusianAndMayBeFramedAnywhere() {
        given()
                .queryParam("lang", "be")
                .when()
                .get("/widget/political-prisoners")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("X-Frame-Options", nullValue())
                .header("Content-Security-Policy", containsString("frame-ancestors *"))
                .body(containsString("<html lang=\"be\">"))
                .body(containsString("Палітвязні"))
                .body(containsString("больш за 1\u00a0500"))
                .body(containsString("па стане на 4 лістапада 2022"));
        given().queryParam("lang", "ru").queryParam("sparkline", "true").when().get("/widget/political-prisoners")
                .then().statusCode(200).body(containsString("более 1\u00a0500"))
                .body(containsString("по состоянию на 4 ноября 2022")).body(containsString("src=\"/widget.js\""));
    }

    @Test
    void theBadgeIsAnSvgInTheAskedLanguage() {
        given()
                .when()
                .get("/badge/political-prisoners.svg")
                .then()
                .statusCode(200)
                .contentType(containsString("image/svg+xml"))
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .body(containsString(">Political prisoners</text>"))
                .body(containsString(">more than 1,500</text>"));
        given().queryParam("lang", "be").when().get("/badge/political-prisoners.svg")
                .then().statusCode(200).body(containsString(">Палітвязні</text>"));
        given().when().get("/badge/no-such-metric.svg").then().statusCode(404);
    }

    @Test
    void theBadgeEscapesLabels() {
        String key = StatsFixtures.key("escape");
        editor()
                .contentType(ContentType.JSON)
                .body("""
                        {"key": "%s", "label": "<script>alert(1)</script> & \\"more\\"", "kind": "STOCK"}"""
                        .formatted(key))
                .when()
                .post("/api/v1/metrics")
                .then()
                .statusCode(201);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> given()
                .when()
                .get("/badge/{key}.svg", key)
                .then()
                .statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;"))
                .body(not(containsString("<script>"))));
    }
}
