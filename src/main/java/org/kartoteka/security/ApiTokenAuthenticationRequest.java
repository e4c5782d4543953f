package org.kartoteka.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer secret presented in {@code Authorization}, to be checked against the stored API tokens. */
final class ApiTokenAuthenticationRequest extends BaseAuthenticationRequest {

    private final String secret;

    ApiTokenAuthenticationRequest(String secret) {
        this.secret = secret;
    }

    String secret() {
        return secret;
    }

    @Override
    public String toString() {
        return "ApiTokenAuthenticationRequest[secret hidden]";
    }
}
