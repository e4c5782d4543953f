package org.kartoteka.replica;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Callers (by token or OIDC subject) who wrote through this instance lately: their reads go to
 * the primary for {@code kartoteka.read.primary-after-write} after each write, so that a GET right
 * after their own POST sees it whatever the replica's lag.
 */
@ApplicationScoped
public class RecentWriters {

    @ConfigProperty(name = "kartoteka.read.primary-after-write", defaultValue = "PT5S")
    Duration window;

    private final Map<String, Long> lastWrite = new ConcurrentHashMap<>();

    void wrote(String caller) {
        long now = System.nanoTime();
        lastWrite.put(caller, now);
        if (lastWrite.size() > 10_000) {
            lastWrite.values().removeIf(at -> now - at > window.toNanos());
        }
    }

    boolean wroteLately(String caller) {
        Long at = lastWrite.get(caller);
        return at != null && System.nanoTime() - at <= window.toNanos();
    }
}
