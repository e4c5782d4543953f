package org.kartoteka.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Stops the embedded PostgreSQL when this process dies without running its shutdown hooks
 * ({@code kill -9}, an out-of-memory kill), so that no server is left running orphaned.
 *
 * <p>A small shell process reads a pipe whose only writer is this JVM; the kernel closes the pipe
 * when the JVM ends, however it ends, and the shell then asks that one server (by its PID, never
 * by folder, so it cannot touch a server a later Kartoteka started) for a fast shutdown. It ignores
 * the terminal's signals, so a Ctrl-C reaches the JVM's own orderly shutdown instead. On an
 * orderly shutdown the watchdog is disarmed first.
 */
final class PostmasterWatchdog {

    private static final Logger LOG = Logger.getLogger(PostmasterWatchdog.class);
    private static final Path SHELL = Path.of("/bin/sh");

    private final Process process;

    private PostmasterWatchdog(Process process) {
        this.process = process;
    }

    /** Watches over the server with this PID; null where there is no POSIX shell (the server then stops only with the JVM's hooks). */
    static PostmasterWatchdog watch(long postmasterPid) {
        if (!Files.isExecutable(SHELL)) {
            LOG.warn("No /bin/sh: the embedded PostgreSQL cannot be stopped if this process is killed");
            return null;
        }
        try {
            Process process = new ProcessBuilder(SHELL.toString(), "-c",
                    "trap '' INT TERM HUP; while read -r _; do :; done; kill -INT " + postmasterPid + " 2>/dev/null")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new PostmasterWatchdog(process);
        } catch (IOException e) {
            LOG.warnf("Cannot start the watchdog of the embedded PostgreSQL: %s", e.getMessage());
            return null;
        }
    }

    /** Ends the watchdog without it touching the server (SIGKILL: it ignores the others). */
    void disarm() {
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
