package org.kartoteka.audit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.kartoteka.config.EmbeddedDatabase;

/**
 * The application's own connection (the pool every request uses) cannot touch the audit trail or
 * the schema: it is not the owner of any table, so it cannot disable, drop or replace the audit
 * triggers, and it has no privilege to rewrite, remove or forge audit events (docs/security.md,
 * "Database roles"). Each statement runs in a transaction that is rolled back whatever happens.
 */
@QuarkusTest
class AuditOutOfReachTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theServiceConnectsAsTheApplicationRoleWhichIsNoSuperuserAndOwnsNoTable() throws SQLException {
        assertThat(query("select current_user"), equalTo(EmbeddedDatabase.APPLICATION_ROLE));
        assertThat(query("select rolsuper::text from pg_roles where rolname = current_user"), equalTo("false"));
        assertThat(query("select count(*)::text from pg_tables where schemaname = current_schema()"
                + " and pg_has_role(current_user, tableowner, 'USAGE')"), equalTo("0"));
    }

    @Test
    void itCannotDisableOrDropTheAuditTriggers() {
        assertRefused("alter table person disable trigger person_audit");
        assertRefused("alter table person disable trigger all");
        assertRefused("drop trigger person_audit on person");
        assertRefused("drop trigger person_audit_insert on person");
        assertRefused("alter table person disable trigger person_audit_insert");
        assertRefused("alter table audit_event disable trigger audit_event_append_only");
        assertRefused("create or replace function audit_record_change() returns trigger language plpgsql"
                + " as $$ begin return null; end $$");
        assertRefused("create or replace function audit_record_inserts() returns trigger language plpgsql"
                + " as $$ begin return null; end $$");
    }

    @Test
    void itCannotRewriteRemoveOrForgeAuditEvents() {
        assertRefused("update audit_event set entity = 'forged'");
        assertRefused("delete from audit_event");
        assertRefused("truncate audit_event");
        assertRefused("insert into audit_event (entity, action) values ('forged', 'INSERT')");
    }

    @Test
    void itCannotTruncateRecordsOrCreatePermanentObjects() {
        assertRefused("truncate source cascade");
        assertRefused("create table kept_by_the_service (id int)");
        assertRefused("set session_replication_role = replica");
    }

    @Test
    void itMayCreateTemporaryTables() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.execute("create temporary table as_known_on (id uuid) on commit drop");
            sql.execute("insert into as_known_on select id from person limit 1");
            connection.rollback();
        }
    }

    @Test
    void aTableALaterMigrationCreatesIsUsableByTheServiceWithoutAGrantOfItsOwn() throws SQLException {
        try (Connection owner = java.sql.DriverManager.getConnection(org.kartoteka.EmbeddedPostgresResource.jdbcUrl());
                Statement sql = owner.createStatement()) {
            owner.setAutoCommit(false);
            sql.execute("create table later_migration_probe (id int)");
            String app = "'" + EmbeddedDatabase.APPLICATION_ROLE + "', 'later_migration_probe', ";
            try (ResultSet rows = sql.executeQuery("select has_table_privilege(" + app + "'SELECT')"
                    + " and has_table_privilege(" + app + "'INSERT') and has_table_privilege(" + app + "'UPDATE')"
                    + " and has_table_privilege(" + app + "'DELETE'), has_table_privilege(" + app + "'TRUNCATE')")) {
                rows.next();
                assertThat("reads and writes", rows.getBoolean(1), equalTo(true));
                assertThat("truncates", rows.getBoolean(2), equalTo(false));
            } finally {
                owner.rollback();
            }
        }
    }

    private void assertRefused(String statement) {
        SQLException refused = assertThrows(SQLException.class, () -> {
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                connection.setAutoCommit(false);
                try {
                    sql.execute(statement);
                } finally {
                    connection.rollback();
                }
            }
        }, statement);
        assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), statement + ": " + refused.getMessage());
    }

    private String query(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
