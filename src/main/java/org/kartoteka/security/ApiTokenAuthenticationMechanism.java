package org.kartoteka.security;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Reads {@code Authorization: Bearer <secret>} and has {@link ApiTokenIdentityProvider} check it.
 *
 * <p>Runs before the OIDC mechanism. When OIDC is enabled, a bearer value that is not a Kartoteka
 * secret ({@code kt_} prefix) and names no stored token is left to OIDC; otherwise an unknown value
 * fails authentication, so that a wrong token is a 401 and never quietly becomes anonymous.
 */
@ApplicationScoped
public class ApiTokenAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SCHEME = "Bearer";

    @Inject
    OidcSwitch oidc;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
        if (header == null) {
            return Uni.createFrom().nullItem();
        }
        String secret = bearerValue(header);
        if (secret == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("not a bearer token"));
        }
        // The identity provider answers no identity for a secret it does not know, which the manager
        // turns into AuthenticationFailedException: that is a 401, unless OIDC may know the token.
        return identities.authenticate(new ApiTokenAuthenticationRequest(secret))
                .onFailure(AuthenticationFailedException.class).recoverWithUni(failure ->
                        oidc.enabled() && !secret.startsWith(TokenSecrets.PREFIX)
                                ? Uni.createFrom().nullItem()
                                : Uni.createFrom().failure(failure));
    }

    /** The credential of a {@code Bearer} header, or null when the header has another scheme or none. */
    static String bearerValue(String header) {
        String value = header.strip();
        if (value.length() <= SCHEME.length() || !value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || !Character.isWhitespace(value.charAt(SCHEME.length()))) {
            return null;
        }
        String secret = value.substring(SCHEME.length()).strip();
        return secret.isEmpty() ? null : secret;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, HttpHeaderNames.WWW_AUTHENTICATE, SCHEME));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiTokenAuthenticationRequest.class);
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }
}
