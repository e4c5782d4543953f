package org.kartoteka.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.kartoteka.common.ChannelListener;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Revocation everywhere at once: a token revoked (or otherwise changed) through any instance, or
 * straight in the database, is dropped from this instance's {@link TokenCache} within a second.
 * Triggers on {@code api_token} (V31) notify {@value #CHANNEL} with the token's id when the change
 * commits. While the listening connection is down nothing arrives, so on listening again the
 * whole cache is dropped: every token is checked against the database once more.
 */
@ApplicationScoped
public class RevocationListener implements ChannelListener.Handler {

    static final String CHANNEL = "kartoteka_tokens";
    /** The payload of a TRUNCATE: every token may be gone. */
    private static final String EVERY_TOKEN = "*";
    private static final Logger LOG = Logger.getLogger(RevocationListener.class);

    @Inject
    TokenCache cache;

    @Inject
    AgroalDataSource dataSource;

    private ChannelListener listener;

    void onStart(@Observes StartupEvent event) {
        listener = ChannelListener.start(dataSource, CHANNEL, this);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (listener != null) {
            listener.stop();
        }
    }

    @Override
    public void listening() {
        cache.clear();
    }

    @Override
    public void received(PGNotification[] notifications, PGConnection connection) {
        for (PGNotification notification : notifications) {
            String payload = notification.getParameter();
            if (EVERY_TOKEN.equals(payload)) {
                cache.clear();
                continue;
            }
            try {
                cache.evict(UUID.fromString(payload));
            } catch (IllegalArgumentException e) {
                LOG.warnf("Ignoring a notification on %s that names no token: %s", CHANNEL, payload);
            }
        }
    }
}
