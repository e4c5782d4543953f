package org.kartoteka.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kartoteka.Auth.asAdmin;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.kartoteka.EmbeddedPostgresResource;

/**
 * One million detention rows exported through the packaged jar, whose heap failsafe caps at 256 MB
 * ({@code quarkus.test.arg-line} in pom.xml, with {@code ExitOnOutOfMemoryError}): the export streams
 * from the database to the client, so memory stays flat whatever the number of rows.
 */
@QuarkusIntegrationTest
class ExportHeapIT {

    private static final int ROWS = 1_000_000;
    private static final int PER_PERSON = 1_000;

    @Test
    void aMillionDetentionsStreamThroughAHeapOf256Megabytes() throws SQLException, IOException {
        given()
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("jvm_memory_max_bytes{area=\"heap\""));
        assertTrue(maxHeapBytes() <= 256L * 1024 * 1024, "the jar under test must run with its heap capped");
        long before = count();
        loadDetentions();

        InputStream csv = asAdmin()
                .when()
                .get("/api/v1/export/detentions.csv")
                .then()
                .statusCode(200)
                .extract().asInputStream();
        long lines = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            while (reader.readLine() != null) {
                lines++;
            }
        }
        assertEquals(1 + before + ROWS, lines, "header plus one line per detention");
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    /** The heap limit the jar reports through its Prometheus metrics. */
    private static long maxHeapBytes() {
        String metrics = given().when().get("/q/metrics").then().extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("jvm_memory_max_bytes{area=\"heap\""))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .filter(bytes -> bytes > 0)
                .sum();
    }

    /** Bulk-loads the rows straight into the jar's database, as an import would, triggers off. */
    private static void loadDetentions() throws SQLException {
        try (Connection db = DriverManager.getConnection(EmbeddedPostgresResource.jdbcUrl());
                Statement sql = db.createStatement()) {
            sql.execute("set session_replication_role = replica");
            sql.execute("insert into person (id, version, created_at, updated_at, display_name, gender, visibility)"
                    + " select gen_random_uuid(), 0, now(), now(), 'Heap test person ' || i, 'UNKNOWN', 'RESTRICTED'"
                    + " from generate_series(1, " + ROWS / PER_PERSON + ") i");
            sql.execute("insert into detention (id, version, created_at, updated_at, person_id, kind, started_on,"
                    + " ended_on, end_reason, facility, region)"
                    + " select gen_random_uuid(), 0, now(), now(), p.id, 'SENTENCE',"
                    + " to_char(date '1950-01-01' + 3 * k, 'YYYY-MM-DD'), to_char(date '1950-01-02' + 3 * k, 'YYYY-MM-DD'),"
                    + " 'SENTENCE_SERVED', 'Colony No. ' || (k % 20), 'Minsk'"
                    + " from (select id from person where display_name like 'Heap test person %') p,"
                    + " generate_series(0, " + (PER_PERSON - 1) + ") k");
        }
    }

    private static long count() throws SQLException {
        try (Connection db = DriverManager.getConnection(EmbeddedPostgresResource.jdbcUrl());
                Statement sql = db.createStatement();
                var rows = sql.executeQuery("select count(*) from detention")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
