package org.kartoteka.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The first admin token. On a database with no token yet, the value of
 * {@code KARTOTEKA_BOOTSTRAP_ADMIN_TOKEN} ({@code kartoteka.bootstrap-admin-token}) becomes an admin
 * token; without it one is generated and printed once in the log, clearly marked. Once any token
 * exists this does nothing, so the value can stay configured without re-creating a revoked token.
 * The bootstrap token has no expiry: an admin should issue personal tokens and revoke it.
 */
@ApplicationScoped
public class BootstrapAdminToken {

    static final String NAME = "bootstrap admin";
    static final String BANNER = "==================== KARTOTEKA FIRST ADMIN TOKEN ====================";
    private static final Logger LOG = Logger.getLogger(BootstrapAdminToken.class);
    // Serialises the check-and-insert across instances that start against one database at once.
    private static final long ADVISORY_LOCK = 0x6b74_5f62_6f6f_7431L;

    @ConfigProperty(name = "kartoteka.bootstrap-admin-token")
    Optional<String> configured;

    @Inject
    ApiTokenService tokens;

    void onStart(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().call(() -> ensureAdmin(configured.filter(v -> !v.isBlank())))
                .ifPresent(secret -> LOG.warn(announcement(secret)));
    }

    /**
     * Creates the bootstrap admin token when no token exists, within the caller's transaction.
     *
     * @return the secret when one was generated (and must be shown once), empty otherwise
     */
    Optional<String> ensureAdmin(Optional<String> configuredSecret) {
        ApiToken.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(" + ADVISORY_LOCK + ")")
                .getSingleResult();
        if (ApiToken.count() > 0) {
            return Optional.empty();
        }
        if (configuredSecret.isPresent()) {
            String secret = configuredSecret.get().strip();
            if (secret.length() < TokenSecrets.MIN_CONFIGURED_LENGTH) {
                throw new IllegalStateException("KARTOTEKA_BOOTSTRAP_ADMIN_TOKEN is shorter than "
                        + TokenSecrets.MIN_CONFIGURED_LENGTH + " characters; use a long random value, e.g."
                        + " the output of 'openssl rand -base64 32'.");
            }
            tokens.store(NAME, Role.ADMIN, secret, null);
            LOG.info("Created the bootstrap admin token from KARTOTEKA_BOOTSTRAP_ADMIN_TOKEN");
            return Optional.empty();
        }
        String secret = TokenSecrets.newSecret();
        tokens.store(NAME, Role.ADMIN, secret, null);
        return Optional.of(secret);
    }

    /** The one log message that ever contains a secret. */
    static String announcement(String secret) {
        return "\n" + BANNER + "\n"
                + "No API token existed, so Kartoteka created this admin token. It is shown only now:\n\n"
                + "    " + secret + "\n\n"
                + "Store it in a password manager. Use it as 'Authorization: Bearer <token>' to issue\n"
                + "personal tokens at /api/v1/tokens, then revoke this one (docs/security.md).\n"
                + "=".repeat(BANNER.length());
    }
}
