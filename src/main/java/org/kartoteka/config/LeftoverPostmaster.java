package org.kartoteka.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL server still running on a data folder whose Kartoteka is gone (killed with
 * {@code kill -9}, out of memory): found through the {@code postmaster.pid} it holds in the folder,
 * and stopped before the embedded database starts again. Called only while holding the folder's
 * {@link DataFolderLock}, so the server cannot belong to a live Kartoteka.
 */
final class LeftoverPostmaster {

    private static final Logger LOG = Logger.getLogger(LeftoverPostmaster.class);
    /** A fast shutdown writes a checkpoint; give it time on a slow disk before asking harder. */
    private static final Duration FAST_SHUTDOWN_WAIT = Duration.ofSeconds(60);
    private static final Duration IMMEDIATE_SHUTDOWN_WAIT = Duration.ofSeconds(10);

    private LeftoverPostmaster() {}

    /** The PID in the folder's {@code postmaster.pid}, if the file is there and readable. */
    static Optional<Long> pidOf(Path data) {
        Path file = data.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            LOG.debugf("Unreadable %s: %s", file, e);
            return Optional.empty();
        }
    }

    /** Stops the server that the folder's {@code postmaster.pid} names, if it still runs; waits until it is gone. */
    static void stopIfRunning(Path data) {
        Optional<ProcessHandle> server = pidOf(data).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (server.isEmpty()) {
            return; // no file, or a stale one: PostgreSQL replaces a postmaster.pid whose process is gone
        }
        ProcessHandle process = server.get();
        if (!isPostgres(process)) {
            // The PID was reused by an unrelated process: PostgreSQL would refuse to start over it.
            LOG.warnf("Removing %s/postmaster.pid: its process %d is not a PostgreSQL server", data, process.pid());
            delete(data.resolve("postmaster.pid"));
            return;
        }
        LOG.warnf("A PostgreSQL server (process %d) was left running on %s by a Kartoteka that did not stop"
                + " cleanly; stopping it before starting again", process.pid(), data);
        signal(process, "INT"); // fast shutdown: rolls back open transactions, keeps every committed one
        if (!awaitExit(process, FAST_SHUTDOWN_WAIT)) {
            LOG.warnf("PostgreSQL (process %d) did not stop within %s; asking for an immediate shutdown",
                    process.pid(), FAST_SHUTDOWN_WAIT);
            signal(process, "QUIT"); // immediate: the next start recovers from the write-ahead log
            if (!awaitExit(process, IMMEDIATE_SHUTDOWN_WAIT)) {
                process.destroyForcibly();
                awaitExit(process, IMMEDIATE_SHUTDOWN_WAIT);
            }
        }
        LOG.infof("The leftover PostgreSQL server (process %d) has stopped", process.pid());
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command()
                .map(command -> Path.of(command).getFileName().toString())
                .map(name -> name.equals("postgres") || name.equals("postmaster"))
                // Another user's process hides its command: assume the PostgreSQL postmaster.pid says it is.
                .orElse(true);
    }

    static void signal(ProcessHandle process, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot signal the leftover PostgreSQL server " + process.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean awaitExit(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
