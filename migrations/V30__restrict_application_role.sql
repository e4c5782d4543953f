-- The service connects as an application role that reads and writes records but owns nothing;
-- Flyway runs as the owner of the schema (docs/security.md, "Database roles"). The application
-- role therefore cannot ALTER, DISABLE or DROP the audit triggers (only an owner can), cannot
-- TRUNCATE, and has no privilege on audit_event beyond SELECT.

-- The audit trigger writes its events with the rights of its owner, so the application role needs
-- no INSERT on audit_event: it cannot forge an event either. A fixed search_path keeps a
-- SECURITY DEFINER function from resolving names in a schema the caller controls.
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION audit_record_change() SECURITY DEFINER SET search_path = %I, pg_temp',
                   current_schema());
END
$$;

REVOKE ALL ON audit_event FROM PUBLIC;

-- Grants the application role what it needs, on the tables there are and (default privileges) on
-- every table the owner creates later, so that no later migration has to remember a GRANT.
-- Idempotent: afterMigrate.sql calls it on every start with the datasource user, and an operator
-- may call it by hand as the owner (after a restore without privileges, say).
-- TEMPORARY stays granted (queries may build temporary tables); CREATE on the schema does not.
CREATE FUNCTION grant_application_role(application_role text) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    s text := current_schema();
BEGIN
    IF coalesce(application_role, '') = '' OR application_role = current_user THEN
        RAISE WARNING 'The service connects as % (the owner of the schema): the audit trail is within its reach.'
            ' Give it a role of its own (docs/security.md, "Database roles").', current_user;
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = application_role) THEN
        RAISE WARNING 'The datasource user % is no role of this server: no grants were made. Set'
            ' QUARKUS_DATASOURCE_USERNAME to the role the service connects as (docs/security.md).', application_role;
        RETURN;
    END IF;
    EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC', s);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, application_role);
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', current_database(), application_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', s, application_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', s, application_role);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
                   s, application_role);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I', s, application_role);
    -- The trail is read-only to the service: its rows come from audit_record_change() alone.
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_event FROM %I',
                   application_role);
    EXECUTE format('REVOKE ALL ON SEQUENCE %s FROM %I', pg_get_serial_sequence(format('%I.audit_event', s), 'id'),
                   application_role);
    -- Flyway's history is read (the export manifest names the schema version), never written, by the service.
    IF to_regclass(format('%I.flyway_schema_history', s)) IS NOT NULL THEN
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON %I.flyway_schema_history FROM %I', s, application_role);
    END IF;
END
$$;
