package org.kartoteka.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether OIDC bearer tokens are accepted: only when an issuer is configured and its tenant is on. */
@ApplicationScoped
public class OidcSwitch {

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> authServerUrl;

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false")
    boolean tenantEnabled;

    public boolean enabled() {
        return tenantEnabled && authServerUrl.filter(url -> !url.isBlank()).isPresent();
    }
}
