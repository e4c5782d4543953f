package org.kartoteka.publiccount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.kartoteka.HeadlessChromium;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a reader of a newsroom page sees: a page on another origin embeds the widget with the
 * three-line snippet, and a real headless Chromium renders it.
 */
@QuarkusTest
class WidgetBrowserTest {

    @TestHTTPResource("/")
    URL service;

    private HttpServer newsroom;
    private HeadlessChromium chromium;
    private WebDriver browser;

    @BeforeEach
    void start() throws IOException {
        newsroom = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        newsroom.createContext("/", exchange -> {
            byte[] page = newsroomPage().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        newsroom.start();
        chromium = HeadlessChromium.start();
        browser = chromium.browser();
    }

    @AfterEach
    void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (newsroom != null) {
            newsroom.stop(0);
        }
    }

    @Test
    void aReaderOnAnotherSiteSeesTheFigureQualifierDateAndSourceInBelarusian() {
        browser.get("http://127.0.0.1:" + newsroom.getAddress().getPort() + "/article.html");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        WebElement widget = browser.findElement(By.id("embed"));
        wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(widget, By.className("kw-figure")));

        assertEquals("Палітвязні".toUpperCase(), text(widget, "kw-label").toUpperCase());
        assertEquals("больш за 1 500", text(widget, "kw-figure"));
        assertEquals("па стане на 4 лістапада 2022", text(widget, "kw-date"));
        assertTrue(text(widget, "kw-source").startsWith("Крыніца: What's next for Belarus?"),
                text(widget, "kw-source"));
        wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(widget, By.cssSelector("svg.kw-sparkline")));

        browser.switchTo().frame(browser.findElement(By.id("frame")));
        WebElement framed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("kw-figure")));
        assertEquals("more than 1,500", framed.getText());
        assertEquals("as of 4 November 2022", browser.findElement(By.className("kw-date")).getText());
        assertFalse(browser.findElement(By.className("kw-source")).getText().isBlank());
    }

    private static String text(WebElement widget, String className) {
        return widget.findElement(By.className(className)).getText().replace('\u00a0', ' ');
    }

    private String newsroomPage() {
        String base = service.toString().replaceAll("/$", "");
        return """
                <!doctype html><html><head><meta charset="utf-8"><title>A newsroom article</title></head><body>
                <p>Our reporting on Belarus.</p>
                <div id="embed" data-kartoteka-metric="political-prisoners" data-lang="be" data-sparkline></div>
                <script src="%s/widget.js" async></script>
                <iframe id="frame" src="%s/widget/political-prisoners?lang=en" width="340" height="140"></iframe>
                </body></html>
                """.formatted(base, base);
    }
}
