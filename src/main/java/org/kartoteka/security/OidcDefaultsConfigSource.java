package org.kartoteka.security;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns the default OIDC tenant on exactly when {@code QUARKUS_OIDC_AUTH_SERVER_URL} (or the
 * system property {@code quarkus.oidc.auth-server-url}) names an issuer, so that OIDC is off by
 * default and one variable switches it on. Its ordinal sits below application.properties and the
 * environment, so an explicit {@code QUARKUS_OIDC_TENANT_ENABLED} still wins.
 */
public class OidcDefaultsConfigSource implements ConfigSource {

    private static final String TENANT_ENABLED = "quarkus.oidc.tenant-enabled";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(TENANT_ENABLED);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(TENANT_ENABLED, String.valueOf(issuerConfigured()));
    }

    @Override
    public String getValue(String propertyName) {
        return TENANT_ENABLED.equals(propertyName) ? String.valueOf(issuerConfigured()) : null;
    }

    @Override
    public String getName() {
        return "kartoteka-oidc-defaults";
    }

    @Override
    public int getOrdinal() {
        return 150;
    }

    private static boolean issuerConfigured() {
        String url = System.getenv("QUARKUS_OIDC_AUTH_SERVER_URL");
        if (url == null || url.isBlank()) {
            url = System.getProperty("quarkus.oidc.auth-server-url");
        }
        return url != null && !url.isBlank();
    }
}
