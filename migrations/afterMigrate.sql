-- Flyway callback, run as the owner after every migrate (so on every start): the application
-- role (the datasource user, placeholder set in application.properties) gets its grants on every
-- table, whichever migration or restore created it. See V30__restrict_application_role.sql.
DO $$
BEGIN
    PERFORM grant_application_role('${application_role}');
END
$$;
