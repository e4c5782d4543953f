package org.kartoteka.series;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kartoteka.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The series chart as a reader's browser shows it: a real headless Chromium opens
 * {@code /api/v1/stats/series.svg}, renders the line and the labelled reported figures, and finds
 * the title and description a screen reader announces.
 */
@QuarkusTest
class SeriesChartBrowserTest {

    private static final String QUERY = "metric=political-prisoners&from=2020-08&to=2024-12&interval=month";

    @TestHTTPResource("/")
    URL service;

    private HeadlessChromium chromium;
    private WebDriver browser;

    @BeforeEach
    void start() throws IOException {
        chromium = HeadlessChromium.start();
        browser = chromium.browser();
    }

    @AfterEach
    void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void chromiumRendersTheLineAndTheLabelledFiguresWithATitleAndDescription() {
        List<Object> reported = given().when().get("/api/v1/stats/series?" + QUERY).then().statusCode(200)
                .extract().jsonPath().getList("reported");

        browser.get(service + "api/v1/stats/series.svg?" + QUERY + "&lang=be");

        WebElement svg = browser.findElement(By.tagName("svg"));
        assertEquals("img", svg.getDomAttribute("role"));
        String title = text("svg > title");
        assertTrue(title.startsWith("Палітвязні, з "), title);
        assertEquals(title, browser.getTitle());
        String description = text("svg > desc");
        assertTrue(description.startsWith("Лінейны графік: Палітвязні."), description);
        assertTrue(description.contains("Апублікаваныя лічбы: "), description);
        WebElement line = browser.findElement(By.cssSelector("polyline.computed"));
        assertTrue(line.getRect().getWidth() > 100, "the line is drawn across the chart");
        List<WebElement> figures = browser.findElements(By.cssSelector("g.reported g.figure"));
        assertFalse(reported.isEmpty(), "the seed has reported figures in range");
        assertEquals(reported.size(), figures.size());
        for (WebElement figure : figures) {
            assertFalse(figure.findElement(By.tagName("text")).getText().isBlank());
            assertTrue(figure.findElement(By.tagName("circle")).getRect().getWidth() > 0);
        }
        Object width = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.getBoundingClientRect().width");
        assertEquals(SeriesChart.WIDTH, ((Number) width).intValue());
    }

    @Test
    void theChartAnswersWithAnETagAnd304AndRefusesBadParameters() {
        String etag = given().when().get("/api/v1/stats/series.svg?" + QUERY).then().statusCode(200)
                .contentType("image/svg+xml").extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/stats/series.svg?" + QUERY).then().statusCode(304);
        given().when().get("/api/v1/stats/series.svg?" + QUERY + "&lang=xx").then().statusCode(422);
        given().when().get("/api/v1/stats/series.svg?" + QUERY + "&groupBy=region").then().statusCode(422);
        given().when().get("/api/v1/stats/series.svg?metric=no-such").then().statusCode(422);
    }

    private String text(String css) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector(arguments[0]).textContent", css);
    }
}
