-- Bearer API tokens. Only the SHA-256 hash of a secret is stored: the secrets are 256 random bits,
-- so a fast hash is enough (there is nothing to brute-force) and lets every request be checked cheaply.
-- Rows are never deleted: revoking sets revoked_at, so the list keeps who had access and until when.

CREATE TABLE api_token (
    id          uuid PRIMARY KEY,
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    name        varchar(200) NOT NULL,
    role        varchar(20)  NOT NULL,
    secret_hash bytea        NOT NULL,
    expires_at  timestamptz,
    revoked_at  timestamptz,
    CONSTRAINT api_token_role_check CHECK (role IN ('RESEARCHER', 'AUDITOR', 'EDITOR', 'ADMIN')),
    CONSTRAINT api_token_hash_length_check CHECK (octet_length(secret_hash) = 32),
    CONSTRAINT api_token_secret_hash_key UNIQUE (secret_hash)
);
CREATE INDEX api_token_created_idx ON api_token (created_at, id);
CREATE INDEX api_token_name_idx ON api_token (name, id);
