package org.kartoteka.operations;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kartoteka.Auth;

/**
 * The packaged jar run as an operator runs it: its own process with its own environment and log
 * file, stopped with SIGTERM ({@link #terminate}) or SIGKILL ({@link #kill}). For the operations
 * tests that stop databases and processes under it, which {@code @QuarkusIntegrationTest} cannot.
 */
final class KartotekaJar implements AutoCloseable {

    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();

    private final Process process;
    private final int port;
    private final Path log;
    private final Path dataDir;

    private KartotekaJar(Process process, int port, Path log, Path dataDir) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.dataDir = dataDir;
    }

    /**
     * Starts the jar on a free port with the test bootstrap admin token, no seed data unless the
     * environment asks for it, and a small heap; does not wait for it (see {@link #awaitReady}).
     */
    static KartotekaJar start(Map<String, String> environment, Path log) {
        int port = PrivateCluster.freePort();
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("KARTOTEKA_BOOTSTRAP_ADMIN_TOKEN", Auth.BOOTSTRAP_ADMIN_TOKEN);
        env.put("KARTOTEKA_SEED_ENABLED", "false");
        env.putAll(environment);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().putAll(env);
        try {
            Files.createDirectories(log.getParent());
            String dataDir = env.get("KARTOTEKA_DATA_DIR");
            return new KartotekaJar(builder.start(), port, log, dataDir == null ? null : Path.of(dataDir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** KARTOTEKA_DATA_DIR of this jar, or null when it runs on an external database. */
    Path dataDir() {
        return dataDir;
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    RequestSpecification anonymously() {
        return given().baseUri(baseUrl());
    }

    RequestSpecification asAdmin() {
        return anonymously().header("Authorization", "Bearer " + Auth.BOOTSTRAP_ADMIN_TOKEN);
    }

    /** Waits until readiness answers UP; fails with the log when the process ends or time runs out. */
    KartotekaJar awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The jar exited with " + process.exitValue() + " before it was ready:\n" + log());
            }
            if (answers("/q/health/ready") == 200) {
                return this;
            }
            pause();
        }
        throw new AssertionError("The jar was not ready within " + timeout + ":\n" + log());
    }

    /** The status of a GET, or -1 when nothing answers. */
    int answers(String path) {
        try {
            return anonymously().when().get(path).statusCode();
        } catch (Exception refused) { // REST Assured rethrows ConnectException unchecked
            return -1;
        }
    }

    /** SIGTERM, as {@code docker stop} and Kubernetes send it. */
    void terminate() {
        process.destroy();
    }

    /** SIGKILL, as an out-of-memory kill or {@code kill -9} does. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /**
     * SIGKILL to the jar and the processes it started itself (its watchdog), as a kill of its
     * process group does; its PostgreSQL, which pg_ctl detached, lives on.
     */
    void killWithItsChildren() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        kill();
    }

    /** The exit code, or throws when the process is still running after the wait. */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("The jar did not exit within " + timeout + ":\n" + log());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Polling interval of the waits in these tests: a short park, not a sleep to wait for state. */
    static void pause() {
        java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
