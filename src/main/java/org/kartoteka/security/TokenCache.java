package org.kartoteka.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recently seen active tokens by the hash of their secret, so that a burst of requests with one
 * token reads the database once. Entries live a few seconds ({@code kartoteka.tokens.cache-ttl},
 * 0 turns the cache off); revoking a token evicts it at once on this instance, and on every other
 * instance within a second ({@link RevocationListener}, notified by the database).
 */
@ApplicationScoped
class TokenCache {

    private static final int MAX_ENTRIES = 10_000;

    record Entry(UUID tokenId, String name, Role role, Instant expiresAt, Instant revokedAt, Instant cachedAt) {

        static Entry of(ApiToken token) {
            return new Entry(token.id, token.name, token.role, token.expiresAt, token.revokedAt, null);
        }

        boolean activeAt(Instant now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    // Ids revoked while this instance ran: a request that read the row just before the revocation
    // committed must not put it back into the cache. Revocations are few, so the set stays small.
    private final Set<UUID> revoked = ConcurrentHashMap.newKeySet();

    Optional<Entry> get(byte[] hash, Instant now, Duration ttl) {
        Entry entry = entries.get(TokenSecrets.hex(hash));
        if (entry == null || revoked.contains(entry.tokenId()) || !entry.cachedAt().plus(ttl).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    void put(byte[] hash, Entry entry, Instant now) {
        if (revoked.contains(entry.tokenId())) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(TokenSecrets.hex(hash), new Entry(entry.tokenId(), entry.name(), entry.role(),
                entry.expiresAt(), entry.revokedAt(), now));
    }

    /** Forgets every entry: each token is checked against the database again on its next use. */
    void clear() {
        entries.clear();
    }

    void evict(UUID tokenId) {
        revoked.add(tokenId);
        entries.values().removeIf(e -> e.tokenId().equals(tokenId));
    }
}
