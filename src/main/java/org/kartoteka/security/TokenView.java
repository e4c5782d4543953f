package org.kartoteka.security;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token as the list shows it: never its secret, never its hash. */
@Schema(name = "Token")
public record TokenView(
        UUID id,
        String name,
        @Schema(description = "researcher, auditor, editor or admin") String role,
        @Schema(nullable = true, description = "null for the bootstrap admin token, which lives until revoked")
        Instant expiresAt,
        Instant createdAt,
        @Schema(nullable = true) Instant revokedAt,
        @Schema(description = "ACTIVE, EXPIRED or REVOKED, as of this response") String status) {

    static TokenView of(ApiToken token, Instant now) {
        String status = token.revokedAt != null ? "REVOKED" : token.isActiveAt(now) ? "ACTIVE" : "EXPIRED";
        return new TokenView(token.id, token.name, token.role.apiName(), token.expiresAt, token.createdAt,
                token.revokedAt, status);
    }
}
