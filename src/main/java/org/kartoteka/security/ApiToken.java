package org.kartoteka.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.kartoteka.common.RecordEntity;

/** A bearer API token: who it was issued to, its role and lifetime, and the SHA-256 hash of its secret. */
@Entity
@Table(name = "api_token")
public class ApiToken extends RecordEntity {

    public String name;

    @Enumerated(EnumType.STRING)
    public Role role;

    /** SHA-256 of the secret; the secret itself is never stored. */
    @Column(name = "secret_hash")
    public byte[] secretHash;

    /** Null only for the bootstrap admin token, which lives until it is revoked. */
    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    static Optional<ApiToken> findByHash(byte[] hash) {
        return find("secretHash", hash).firstResultOptional();
    }

    boolean isActiveAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
