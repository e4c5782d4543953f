package org.kartoteka.security;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to issuing a token: the only response that ever contains its secret. */
@Schema(name = "IssuedToken")
public record IssuedToken(
        UUID id,
        String name,
        String role,
        Instant expiresAt,
        Instant createdAt,
        @Schema(description = "the bearer secret; shown this once, store it now: Kartoteka keeps only its hash")
        String secret) {

    static IssuedToken of(ApiToken token, String secret) {
        return new IssuedToken(token.id, token.name, token.role.apiName(), token.expiresAt, token.createdAt, secret);
    }
}
