-- Revocation everywhere at once: a change of a token's revocation, expiry or role (or its removal)
-- is notified on the channel kartoteka_tokens when it commits, with the token's id as payload ('*'
-- for a TRUNCATE); every instance listens (org.kartoteka.security.RevocationListener) and drops the
-- token from its cache of checked tokens, so that no instance honours it for the cache's 10 s.
CREATE FUNCTION notify_token_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        PERFORM pg_notify('kartoteka_tokens', '*');
    ELSE
        PERFORM pg_notify('kartoteka_tokens', OLD.id::text);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER api_token_changed AFTER UPDATE ON api_token
    FOR EACH ROW
    WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at OR OLD.expires_at IS DISTINCT FROM NEW.expires_at
          OR OLD.role IS DISTINCT FROM NEW.role OR OLD.secret_hash IS DISTINCT FROM NEW.secret_hash)
    EXECUTE FUNCTION notify_token_changed();
CREATE TRIGGER api_token_removed AFTER DELETE ON api_token
    FOR EACH ROW EXECUTE FUNCTION notify_token_changed();
CREATE TRIGGER api_token_truncated AFTER TRUNCATE ON api_token
    FOR EACH STATEMENT EXECUTE FUNCTION notify_token_changed();
