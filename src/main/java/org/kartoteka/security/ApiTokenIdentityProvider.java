package org.kartoteka.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Turns a presented API token secret into a security identity carrying the token's role; null
 * (not a failure) when no active token has this secret, so that the mechanism decides what that means.
 */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<ApiTokenAuthenticationRequest> {

    static final String TOKEN_ID_ATTRIBUTE = "kartoteka.token-id";

    @Inject
    ApiTokenService tokens;

    @Override
    public Class<ApiTokenAuthenticationRequest> getRequestType() {
        return ApiTokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiTokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> tokens.authenticate(request.secret())
                .map(holder -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal("token:" + holder.tokenId()))
                        .addRole(holder.role().apiName())
                        .addAttribute(TOKEN_ID_ATTRIBUTE, holder.tokenId())
                        .addAttribute("kartoteka.token-name", holder.name())
                        .build())
                .orElse(null));
    }
}
