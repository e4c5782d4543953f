package org.kartoteka.operations;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM (docker stop, a Kubernetes rollout) lets a request under way finish (issue 12, point 4):
 * the test holds a row lock so that an update is still running when the signal comes, sees the
 * service refuse new requests, releases the lock, and gets the update's 200. On the embedded
 * PostgreSQL, which must stop only after Quarkus has, and not be left running.
 */
class GracefulShutdownIT {

    @Test
    void aRequestUnderWayWhenSigtermArrivesFinishes(@TempDir Path work) throws Exception {
        Path dataDir = work.resolve("data");
        try (KartotekaJar jar = KartotekaJar.start(Map.of("KARTOTEKA_DATA_DIR", dataDir.toString()),
                work.resolve("kartoteka.log"))) {
            jar.awaitReady(Duration.ofMinutes(3));
            String id = jar.asAdmin().contentType("application/json")
                    .body("{\"title\": \"Before the rollout\", \"kind\": \"OTHER\"}")
                    .when().post("/api/v1/sources").then().statusCode(201).extract().path("id");

            try (Connection owner = DriverManager.getConnection(ownerUrl(dataDir));
                    Connection watcher = DriverManager.getConnection(ownerUrl(dataDir))) {
                owner.setAutoCommit(false);
                lockRow(owner, id);
                CompletableFuture<Response> update = CompletableFuture.supplyAsync(() -> jar.asAdmin()
                        .contentType("application/json").header("If-Match", "\"0\"")
                        .body("{\"title\": \"During the rollout\", \"kind\": \"OTHER\"}")
                        .when().put("/api/v1/sources/" + id));
                awaitUpdateWaitingForTheLock(watcher);

                jar.terminate();
                awaitRefusingNewRequests(jar);
                owner.rollback(); // the update may go on

                Response updated = update.get(60, TimeUnit.SECONDS);
                assertThat(updated.asString(), updated.statusCode(), equalTo(200));
                assertThat(updated.jsonPath().getString("title"), equalTo("During the rollout"));
            }
            jar.awaitExit(Duration.ofSeconds(60));
        }
        assertThat(CrashRestartIT.serversOf(dataDir), empty());
    }

    /** The embedded server's port is line 4 of its postmaster.pid; it trusts local connections. */
    private static String ownerUrl(Path dataDir) throws java.io.IOException {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
        return "jdbc:postgresql://127.0.0.1:" + pid.get(3).strip() + "/postgres?user=postgres";
    }

    private static void lockRow(Connection owner, String id) throws SQLException {
        try (PreparedStatement lock = owner.prepareStatement("select 1 from source where id = ? for update")) {
            lock.setObject(1, UUID.fromString(id));
            lock.executeQuery().close();
        }
    }

    /** On a connection of its own: a transaction sees one snapshot of pg_stat_activity. */
    private static void awaitUpdateWaitingForTheLock(Connection watcher) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (PreparedStatement waiting = watcher.prepareStatement("select count(*) from pg_stat_activity"
                    + " where wait_event_type = 'Lock' and usename = 'kartoteka_app'");
                    ResultSet rows = waiting.executeQuery()) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    return;
                }
            }
            KartotekaJar.pause();
        }
        throw new AssertionError("The update never waited for the row lock");
    }

    private static void awaitRefusingNewRequests(KartotekaJar jar) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (jar.answers("/q/health/live") != 200) {
                return;
            }
            KartotekaJar.pause();
        }
        throw new AssertionError("The service kept taking new requests after SIGTERM:\n" + jar.log());
    }
}
