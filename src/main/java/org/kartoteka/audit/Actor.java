package org.kartoteka.audit;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Locale;
import org.kartoteka.security.Caller;
import org.kartoteka.security.Role;

/**
 * Who writes, as the audit trail records it: the API token's id and name and the role it acts
 * with; for an OIDC identity its subject as id and name; {@code system} for the service itself
 * (seed data). Null fields mean unknown.
 */
public record Actor(String id, String name, String role) {

    public static final Actor SYSTEM = new Actor("system", "system", "system");
    static final Actor UNKNOWN = new Actor(null, null, null);

    /** The identity attributes the API token mechanism sets (ApiTokenIdentityProvider). */
    private static final String TOKEN_ID = "kartoteka.token-id";
    private static final String TOKEN_NAME = "kartoteka.token-name";

    /** The actor of an authenticated identity; null for an anonymous one (who cannot write). */
    static Actor of(SecurityIdentity identity) {
        Role role = Caller.roleOf(identity);
        if (role == Role.ANONYMOUS) {
            return null;
        }
        Object tokenId = identity.getAttribute(TOKEN_ID);
        Object tokenName = identity.getAttribute(TOKEN_NAME);
        String principal = identity.getPrincipal().getName();
        return new Actor(tokenId != null ? tokenId.toString() : principal,
                tokenName != null ? tokenName.toString() : principal, role.name().toLowerCase(Locale.ROOT));
    }
}
