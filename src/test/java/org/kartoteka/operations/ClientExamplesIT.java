package org.kartoteka.operations;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kartoteka.Auth;

/**
 * The client examples of docs/clients.md run as a reader would run them: each code block is
 * extracted from the document and run with python3, node and Rscript against the packaged jar
 * (seed data loaded, plus a person with detentions at one facility), and must finish cleanly with
 * the answers of all five tasks. R runs when R and httr2/jsonlite are installed; otherwise its
 * block is only parsed.
 */
class ClientExamplesIT {

    private static final Path CLIENTS = Path.of("docs", "clients.md");
    private static final String NAME = "Exampleski";

    @TempDir
    static Path work;

    private static KartotekaJar jar;
    private static String personId;
    private static String facility;

    @BeforeAll
    static void startWithData() {
        jar = KartotekaJar.start(Map.of("KARTOTEKA_SEED_ENABLED", "true",
                "KARTOTEKA_DATA_DIR", work.resolve("data").toString()), work.resolve("jar.log"))
                .awaitReady(Duration.ofMinutes(5));
        String source = create("sources", """
                {"title": "Client examples report", "kind": "REPORT", "visibility": "PUBLIC"}""");
        facility = "Example colony " + UUID.randomUUID().toString().substring(0, 8);
        for (String name : List.of("Ales " + NAME, "Maryna Other", "Ihar Third")) {
            String person = create("persons", """
                    {"names": [{"value": "%s", "lang": "en", "script": "Latn"}], "gender": "UNKNOWN",
                     "visibility": "PUBLIC", "citations": [{"sourceId": "%s", "locator": "p. 1"}]}"""
                    .formatted(name, source));
            create("detentions", """
                    {"personId": "%s", "kind": "SENTENCE", "startedOn": "2021-03", "facility": "%s",
                     "citations": [{"sourceId": "%s", "locator": "p. 2"}]}""".formatted(person, facility, source));
            personId = personId == null ? person : personId;
        }
    }

    @AfterAll
    static void stop() {
        if (jar != null) {
            jar.close();
        }
    }

    @Test
    void thePythonExampleRuns() throws Exception {
        Path script = extract("python", "example.py");
        assertAllTasks(run(List.of("python3", script.toString())));
    }

    @Test
    void theJavaScriptExampleRuns() throws Exception {
        Path script = extract("javascript", "example.mjs");
        assertAllTasks(run(List.of("node", script.toString())));
    }

    @Test
    void theRExampleRunsOrAtLeastParses() throws Exception {
        Path script = extract("r", "example.R");
        if (!installed("Rscript", "--version")) {
            fail("The R example needs Rscript: apt-get install -y r-base-core r-cran-httr2 r-cran-jsonlite");
        }
        if (installed("Rscript", "-e", "library(httr2); library(jsonlite)")) {
            assertAllTasks(run(List.of("Rscript", script.toString())));
        } else {
            String parsed = run(List.of("Rscript", "-e", "invisible(parse(file = '" + script + "')); cat('parsed')"));
            assertThat(parsed, containsString("parsed"));
        }
    }

    private static void assertAllTasks(String output) {
        assertThat(output, containsString("person: " + personId));
        assertThat(output, containsString("timeline: "));
        assertThat(output, containsString("Client examples report"));
        assertThat(output, containsString("detentions at " + facility + ": 3"));
        assertThat(output, containsString("series: 24 points"));
        assertThat(output, containsString("csv: "));
    }

    /** The first fenced block of this language in docs/clients.md, written to a file. */
    private static Path extract(String language, String fileName) throws IOException {
        String document = Files.readString(CLIENTS, StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("(?s)```" + language + "\\n(.*?)```").matcher(document);
        if (!block.find()) {
            fail("docs/clients.md has no ```" + language + " block");
        }
        Path script = work.resolve(fileName);
        Files.writeString(script, block.group(1), StandardCharsets.UTF_8);
        return script;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        Map<String, String> env = new HashMap<>(Map.of("KARTOTEKA_URL", jar.baseUrl(),
                "KARTOTEKA_TOKEN", Auth.BOOTSTRAP_ADMIN_TOKEN, "KARTOTEKA_NAME", NAME));
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(command + " did not finish within 3 minutes");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(command + " failed:\n" + text, process.exitValue(), equalTo(0));
        return text;
    }

    private static boolean installed(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String create(String collection, String body) {
        return jar.asAdmin().contentType(ContentType.JSON).body(body).when().post("/api/v1/" + collection)
                .then().statusCode(201).extract().path("id");
    }
}
