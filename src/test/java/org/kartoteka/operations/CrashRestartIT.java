package org.kartoteka.operations;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tried as an operator would (issue 12, point 9): the jar, on its embedded PostgreSQL, killed with
 * SIGKILL under a write load and started again at once on the same data folder, comes up and has
 * every write it acknowledged; a second jar on a folder in use stops with one line naming it; and
 * no PostgreSQL server of the folder is left running once the jar is gone, however it went.
 */
class CrashRestartIT {

    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 150;

    @Test
    void aJarKilledUnderWriteLoadRestartsAtOnceWithEveryAcknowledgedWrite(@TempDir Path work) throws Exception {
        Path dataDir = work.resolve("data");
        Map<String, String> env = Map.of("KARTOTEKA_DATA_DIR", dataDir.toString());
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        long restartMillis;

        List<KartotekaJar> started = new java.util.ArrayList<>();
        try {
            // The jar's process group killed: its PostgreSQL lives on, orphaned, until the next start stops it.
            KartotekaJar first = keep(started, KartotekaJar.start(env, work.resolve("first.log")));
            first.awaitReady(Duration.ofMinutes(3));
            killUnderLoad(first, acknowledged, Kill.JAR_AND_WATCHDOG);
            long restart = System.nanoTime();
            KartotekaJar second = keep(started, KartotekaJar.start(env, work.resolve("second.log")));
            second.awaitReady(Duration.ofMinutes(3));
            restartMillis = (System.nanoTime() - restart) / 1_000_000;
            assertEveryWriteFound(second, acknowledged);

            // A crashed container: the jar and its PostgreSQL die at once; what was acknowledged must be on disk.
            killUnderLoad(second, acknowledged, Kill.JAR_AND_DATABASE);
            KartotekaJar third = keep(started, KartotekaJar.start(env, work.resolve("third.log")));
            third.awaitReady(Duration.ofMinutes(3));
            assertEveryWriteFound(third, acknowledged);

            aSecondJarOnTheFolderStopsWithOneLine(work, env, dataDir);

            third.kill(); // an out-of-memory kill of the jar alone: the watchdog stops its PostgreSQL
            awaitNoServerOf(dataDir, Duration.ofSeconds(60));
        } finally {
            started.forEach(KartotekaJar::close);
        }
        System.out.printf("CrashRestartIT: %d acknowledged writes, all found after each kill; restart after the"
                + " jar alone was killed ready in %d ms%n", acknowledged.size(), restartMillis);
    }

    private static KartotekaJar keep(List<KartotekaJar> started, KartotekaJar jar) {
        started.add(jar);
        return jar;
    }

    private enum Kill { JAR_AND_WATCHDOG, JAR_AND_DATABASE }

    /** Puts four writers on the jar and kills it so once enough writes were acknowledged. */
    private static void killUnderLoad(KartotekaJar jar, Queue<String> acknowledged, Kill kill)
            throws InterruptedException {
        int before = acknowledged.size();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> write(jar, writer, writing, acknowledged));
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (acknowledged.size() - before < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
            KartotekaJar.pause();
        }
        List<Long> servers = serversOf(jar.dataDir());
        if (kill == Kill.JAR_AND_WATCHDOG) {
            jar.killWithItsChildren(); // mid-load: writers have requests in flight
            assertThat("the PostgreSQL of the killed jar should still run", serversOf(jar.dataDir()), not(empty()));
        } else { // everything at once, the database first so that no fast shutdown can tidy up
            servers.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            jar.killWithItsChildren();
        }
        writing.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(1, TimeUnit.MINUTES), equalTo(true));
        assertThat(acknowledged.size() - before, greaterThan(ACKNOWLEDGED_BEFORE_KILL - 1));
    }

    private static void assertEveryWriteFound(KartotekaJar jar, Queue<String> acknowledged) {
        List<String> missing = acknowledged.stream()
                .filter(id -> jar.asAdmin().when().get("/api/v1/sources/" + id).statusCode() != 200)
                .toList();
        assertThat("acknowledged writes missing after the restart", missing, empty());
    }

    private static void write(KartotekaJar jar, int writer, AtomicBoolean writing, Queue<String> acknowledged) {
        for (int i = 0; writing.get(); i++) {
            try {
                Response response = jar.asAdmin().contentType("application/json")
                        .body("{\"title\": \"Crash test " + writer + "-" + i + "\", \"kind\": \"OTHER\"}")
                        .when().post("/api/v1/sources");
                if (response.statusCode() == 201) {
                    acknowledged.add(response.jsonPath().getString("id"));
                }
            } catch (Exception connectionLost) { // REST Assured rethrows ConnectException unchecked
                return; // the jar was killed: the request was never acknowledged
            }
        }
    }

    private static void aSecondJarOnTheFolderStopsWithOneLine(Path work, Map<String, String> env, Path dataDir) {
        Path log = work.resolve("in-use.log");
        try (KartotekaJar intruder = KartotekaJar.start(env, log)) {
            int exit = intruder.awaitExit(Duration.ofSeconds(60));
            assertThat(exit, not(equalTo(0)));
            List<String> lines = intruder.log().lines().filter(line -> !line.isBlank()).toList();
            assertThat(intruder.log(), lines, hasSize(1));
            assertThat(lines.get(0), containsString("The data folder " + dataDir.resolve("postgres") + " is in use"));
        }
    }

    private static void awaitNoServerOf(Path dataDir, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!serversOf(dataDir).isEmpty() && System.nanoTime() < deadline) {
            KartotekaJar.pause();
        }
        assertThat("PostgreSQL processes of " + dataDir + " left running", serversOf(dataDir), empty());
    }

    /** Processes whose command line names the data folder: the postmaster runs {@code postgres -D <folder>}. */
    static List<Long> serversOf(Path dataDir) {
        String folder = dataDir.resolve("postgres").toString();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> commandLine(p).contains(folder))
                    .map(p -> Long.parseLong(p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String commandLine(Path process) {
        try {
            return new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException gone) {
            return "";
        }
    }
}
