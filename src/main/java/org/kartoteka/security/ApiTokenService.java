package org.kartoteka.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.kartoteka.common.Keyset;
import org.kartoteka.common.Keyset.SortKey;
import org.kartoteka.common.Page;
import org.kartoteka.common.PageRequest;
import org.kartoteka.common.ProblemException;

/**
 * Issues, lists, revokes and checks API tokens.
 *
 * <p>Lifetimes: a token lives {@value #DEFAULT_LIFETIME_DAYS} days unless its issuer says
 * otherwise, at most {@value #MAX_LIFETIME_DAYS} days; long-lived automation renews its token
 * yearly. Only the bootstrap admin token has no expiry (see {@link BootstrapAdminToken}).
 */
@ApplicationScoped
public class ApiTokenService {

    static final int DEFAULT_LIFETIME_DAYS = 90;
    static final int MAX_LIFETIME_DAYS = 366;

    private static final Logger LOG = Logger.getLogger(ApiTokenService.class);
    private static final List<SortKey<ApiToken>> SORT_KEYS = List.of(
            SortKey.instant("createdAt", "e.createdAt", t -> t.createdAt),
            SortKey.text("name", "e.name", t -> t.name));

    @Inject
    TokenCache cache;

    @ConfigProperty(name = "kartoteka.tokens.cache-ttl", defaultValue = "PT10S")
    Duration cacheTtl;

    Clock clock = Clock.systemUTC();

    /** The identity a presented secret stands for, if it names an active token. */
    public record Holder(UUID tokenId, String name, Role role) {}

    public IssuedToken issue(TokenInput input) {
        Role role = Role.ofTokenRole(input.role()).orElseThrow(() -> ProblemException.invalid("role",
                "'" + input.role() + "' is not a token role; use one of " + Role.tokenRoleNames()));
        Instant now = clock.instant();
        Instant expiresAt = input.expiresAt() == null ? now.plus(Duration.ofDays(DEFAULT_LIFETIME_DAYS))
                : input.expiresAt();
        if (!expiresAt.isAfter(now)) {
            throw ProblemException.invalid("expiresAt", "must be in the future");
        }
        if (expiresAt.isAfter(now.plus(Duration.ofDays(MAX_LIFETIME_DAYS)))) {
            throw ProblemException.invalid("expiresAt", "may be at most " + MAX_LIFETIME_DAYS
                    + " days from now; issue a new token when this one nears its end");
        }
        String secret = TokenSecrets.newSecret();
        ApiToken token = QuarkusTransaction.requiringNew().call(() -> store(input.name().strip(), role, secret, expiresAt));
        LOG.infof("Issued %s token %s (%s)", role.apiName(), token.id, token.name);
        return IssuedToken.of(token, secret);
    }

    /** Stores a token for a secret; the caller provides the transaction. */
    ApiToken store(String name, Role role, String secret, Instant expiresAt) {
        ApiToken token = new ApiToken();
        token.name = name;
        token.role = role;
        token.secretHash = TokenSecrets.hash(secret);
        token.expiresAt = expiresAt;
        token.persistAndFlush();
        return token;
    }

    public Page<TokenView> list(PageRequest page) {
        Instant now = clock.instant();
        return new Keyset<>(ApiToken.class, "createdAt", SORT_KEYS)
                .page(ApiToken.getEntityManager(), page)
                .map(t -> TokenView.of(t, now));
    }

    /**
     * Revokes a token at once: the row stays (with revokedAt) as a record of who had access; the
     * cache entry goes after the commit, so no request after this one is let in by it.
     */
    public void revoke(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> markRevoked(id));
        cache.evict(id);
        LOG.infof("Revoked token %s", id);
    }

    private void markRevoked(UUID id) {
        ApiToken token = ApiToken.findById(id);
        if (token == null) {
            throw ProblemException.notFound("token", id);
        }
        if (token.revokedAt != null) {
            return;
        }
        Instant now = clock.instant();
        if (token.role == Role.ADMIN && token.isActiveAt(now) && activeAdminsOtherThan(id, now) == 0) {
            throw ProblemException.conflict("This is the last active admin token; revoking it would lock every"
                    + " admin out. Issue another admin token first, then revoke this one.");
        }
        token.revokedAt = now;
        token.flush();
    }

    private static long activeAdminsOtherThan(UUID id, Instant now) {
        return ApiToken.count("role = ?1 and id <> ?2 and revokedAt is null and (expiresAt is null or expiresAt > ?3)",
                Role.ADMIN, id, now);
    }

    /**
     * The holder of a presented secret, or empty when it names no token or an expired or revoked one.
     * Looks the hash up in a short-lived cache first; expiry is checked on every call, revocation
     * evicts the entry.
     */
    public Optional<Holder> authenticate(String secret) {
        byte[] hash = TokenSecrets.hash(secret);
        Instant now = clock.instant();
        TokenCache.Entry entry = cache.get(hash, now, cacheTtl).orElseGet(() -> load(hash, now));
        if (entry == null || !entry.activeAt(now)) {
            return Optional.empty();
        }
        return Optional.of(new Holder(entry.tokenId(), entry.name(), entry.role()));
    }

    private TokenCache.Entry load(byte[] hash, Instant now) {
        Optional<ApiToken> found = QuarkusTransaction.joiningExisting().call(() -> ApiToken.findByHash(hash));
        // The index found the row by its hash; compare the stored hash in constant time all the same.
        if (found.isEmpty() || !TokenSecrets.sameHash(found.get().secretHash, hash)) {
            return null;
        }
        TokenCache.Entry entry = TokenCache.Entry.of(found.get());
        if (entry.activeAt(now)) {
            cache.put(hash, entry, now);
        }
        return entry;
    }
}
