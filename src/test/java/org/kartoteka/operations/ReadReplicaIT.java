package org.kartoteka.operations;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kartoteka.security.Role;

/**
 * Reads from a streaming replica (issue 13, point 5): the packaged jar on a real primary and a
 * replica made with {@code pg_basebackup -R}, both private clusters. With the replica's replay
 * paused, a record written a moment ago is missing from what other callers read (lists, the
 * record, the export) and present for its writer and for a caller who asks for the latest data;
 * once replay resumes everyone sees it. With the primary stopped, reads keep answering from the
 * replica while writes are refused.
 */
class ReadReplicaIT {

    private static final String OWNER = "replica_owner";
    private static final String APP = "replica_app";
    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    @Test
    void readsThatMayLagComeFromTheReplicaAndAWriterReadsItsOwnWrite(@TempDir Path work) {
        try (PrivateCluster primary = PrivateCluster.start()) {
            primary.createKartotekaDatabase("kartoteka", OWNER, APP);
            try (PrivateCluster replica = PrivateCluster.replicaOf(primary);
                    KartotekaJar jar = startOn(primary, replica, work.resolve("kartoteka.log"))) {
                String auditor = issueAuditorToken(jar);
                awaitReplayed(replica, jar, "/api/v1/sources?limit=1");

                pauseReplay(replica);
                String title = "Written while the replica waits " + UUID.randomUUID();
                String id = json(jar.asAdmin()).body("{\"title\": \"" + title + "\", \"kind\": \"OTHER\", \"visibility\": \"PUBLIC\"}")
                        .when().post("/api/v1/sources").then().statusCode(201).extract().path("id");

                assertThat("the writer reads its own write (primary)",
                        jar.asAdmin().when().get("/api/v1/sources/" + id).statusCode(), equalTo(200));
                assertThat("another caller reads the replica, which has not replayed the write",
                        jar.anonymously().when().get("/api/v1/sources/" + id).statusCode(), equalTo(404));
                assertThat(jar.anonymously().when().get("/api/v1/sources?limit=1000").asString(), not(containsString(id)));
                assertThat("an export reads the replica too", export(jar, auditor, false), not(containsString(id)));
                assertThat("Cache-Control: no-cache reads the primary",
                        jar.anonymously().header("Cache-Control", "no-cache").when().get("/api/v1/sources/" + id)
                                .statusCode(), equalTo(200));
                assertThat(export(jar, auditor, true), containsString(id));

                replica.query("postgres", "select pg_wal_replay_resume()");
                awaitReplayed(replica, jar, "/api/v1/sources/" + id);
                assertThat(export(jar, auditor, false), containsString(id));

                primary.stopServer();
                assertThat("reads go on from the replica without the primary",
                        jar.anonymously().when().get("/api/v1/sources/" + id).statusCode(), equalTo(200));
                assertThat(jar.anonymously().when().get("/api/v1/sources?limit=5").statusCode(), equalTo(200));
                assertThat(jar.anonymously().when().get("/api/v1/stats/series?metric=political-prisoners&from=2024-01-01&to=2024-12-31")
                        .statusCode(), equalTo(200));
                assertThat(jar.anonymously().when().get("/api/v1/persons?q=Ivan").statusCode(), equalTo(200));
                assertThat("writes need the primary",
                        json(jar.asAdmin()).body("{\"title\": \"No primary\", \"kind\": \"OTHER\"}").when()
                                .post("/api/v1/sources").statusCode(), equalTo(503));
            }
        }
    }

    private static KartotekaJar startOn(PrivateCluster primary, PrivateCluster replica, Path log) {
        Map<String, String> env = new HashMap<>(primary.serviceEnvironment("kartoteka", OWNER, APP));
        env.put("KARTOTEKA_SEED_ENABLED", "true");
        env.put("KARTOTEKA_READ_JDBC_URL", replica.jdbcUrl("kartoteka"));
        return KartotekaJar.start(env, log).awaitReady(Duration.ofMinutes(3));
    }

    private static String issueAuditorToken(KartotekaJar jar) {
        return json(jar.asAdmin()).body(Map.of("name", "replica auditor", "role", Role.AUDITOR.apiName(),
                        "expiresAt", Instant.now().plus(Duration.ofDays(1)).toString()))
                .when().post("/api/v1/tokens").then().statusCode(201).extract().path("secret");
    }

    private static void pauseReplay(PrivateCluster replica) {
        replica.query("postgres", "select pg_wal_replay_pause()");
        awaitTrue(() -> "paused".equals(replica.query("postgres", "select pg_get_wal_replay_pause_state()")),
                "the replica's replay did not pause");
    }

    /** Waits until an anonymous read of the path (served by the replica) answers 200. */
    private static void awaitReplayed(PrivateCluster replica, KartotekaJar jar, String path) {
        awaitTrue(() -> jar.anonymously().when().get(path).statusCode() == 200,
                "the replica did not serve " + path + "; it replayed up to "
                        + replica.query("postgres", "select pg_last_wal_replay_lsn()") + "\n" + jar.log());
    }

    private static void awaitTrue(Supplier<Boolean> condition, String failure) {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return;
            }
            KartotekaJar.pause();
        }
        throw new AssertionError(failure);
    }

    private static String export(KartotekaJar jar, String auditor, boolean latest) {
        RequestSpecification request = jar.anonymously().header("Authorization", "Bearer " + auditor);
        if (latest) {
            request = request.header("Cache-Control", "no-cache");
        }
        Response response = request.when().get("/api/v1/export/sources.csv");
        assertThat(response.statusCode(), equalTo(200));
        return response.asString();
    }

    private static RequestSpecification json(RequestSpecification request) {
        return request.contentType("application/json");
    }
}
