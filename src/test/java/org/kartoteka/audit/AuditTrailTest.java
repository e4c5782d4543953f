package org.kartoteka.audit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trail is append-only even through the application's own connection, and covers every record table. */
@QuarkusTest
class AuditTrailTest {

    /** Tables that are not records: bookkeeping (seed runs, import jobs), Flyway's history and the trail itself. */
    private static final List<String> NOT_RECORDS = List.of("audit_event", "flyway_schema_history", "seed_run",
            "seed_record", "import_job", "import_row", "import_link");
    /**
     * Derived search indexes (V4, V90), rebuilt from the audited person_name rows, and the stored level
     * ranges of the series (V75), rebuilt from the audited detentions and recognitions: not audited either.
     */
    private static final List<String> DERIVED = List.of("search_term", "person_search_key", "person_search_pair",
            "name_search_state", "level_range", "level_delta", "level_dirty");

    @Inject
    EntityManager em;

    @Test
    void anUpdateThroughTheApplicationsConnectionFailsAndTheRowStays() {
        long id = anyEventId();
        String before = entityOf(id);

        assertRefused(() -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update audit_event set entity = 'forged' where id = ?1")
                .setParameter(1, id).executeUpdate()));

        assertThat(entityOf(id), equalTo(before));
    }

    @Test
    void aDeleteThroughTheApplicationsConnectionFailsAndTheRowStays() {
        long id = anyEventId();

        assertRefused(() -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("delete from audit_event where id = ?1")
                .setParameter(1, id).executeUpdate()));

        assertThat(entityOf(id), notNullValue());
    }

    @Test
    void aTruncateFails() {
        assertRefused(() -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("truncate audit_event").executeUpdate()));
    }

    @Test
    void everyTableButBookkeepingHasTheAuditTrigger() {
        @SuppressWarnings("unchecked")
        List<String> unaudited = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select t.table_name from information_schema.tables t
                where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                  and not exists (select 1 from pg_trigger g where g.tgrelid = t.table_name::regclass
                                  and g.tgname = t.table_name || '_audit')
                order by 1""").getResultList());

        assertThat(unaudited.stream().filter(t -> !DERIVED.contains(t)).toList(),
                containsInAnyOrder(NOT_RECORDS.toArray()));
    }

    @Test
    void everyAuditedTableButPersonMergeRecordsItsInsertsPerStatement() {
        @SuppressWarnings("unchecked")
        List<String> rowInserts = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select c.relname from pg_trigger g join pg_class c on c.oid = g.tgrelid
                where g.tgname = c.relname || '_audit'
                  and not exists (select 1 from pg_trigger s where s.tgrelid = g.tgrelid
                                  and s.tgname = c.relname || '_audit_insert')
                order by 1""").getResultList());

        assertThat(rowInserts, containsInAnyOrder("person_merge"));
    }

    @Test
    void aStatementInsertingSeveralRowsRecordsOneEventPerRowInTheirOrder() {
        String marker = "Multi-row insert " + java.util.UUID.randomUUID();

        @SuppressWarnings("unchecked")
        List<Object[]> events = QuarkusTransaction.requiringNew().call(() -> {
            insertThreeSources(marker);
            return em.createNativeQuery("select a.after ->> 'title', a.entity_id = s.id, a.after = to_jsonb(s),"
                    + " a.before is null, a.tx_id = txid_current() from audit_event a join source s on s.id = a.entity_id"
                    + " where a.entity = 'source' and a.action = 'INSERT' and s.title like ?1 order by a.id")
                    .setParameter(1, marker + "%").getResultList();
        });

        assertThat(events.stream().map(e -> e[0]).toList(), contains(marker + " 1", marker + " 2", marker + " 3"));
        for (Object[] event : events) {
            assertThat(List.of(event).subList(1, 5), everyItem(equalTo(true)));
        }
    }

    /** V94: an event's id is a UUID version 7 whose first 48 bits are the milliseconds it was written at. */
    @Test
    void eventIdsAreTimeOrdered() {
        String marker = "Time-ordered event " + java.util.UUID.randomUUID();
        long from = System.currentTimeMillis();
        @SuppressWarnings("unchecked")
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> {
            insertThreeSources(marker);
            return em.createNativeQuery("select a.event_id::text from audit_event a where a.entity = 'source'"
                    + " and a.after ->> 'title' like ?1 order by a.id").setParameter(1, marker + "%").getResultList();
        });
        long to = System.currentTimeMillis();

        assertThat(ids.size(), equalTo(3));
        long previous = 0;
        for (String id : ids) {
            java.util.UUID uuid = java.util.UUID.fromString(id);
            assertThat(id, uuid.version(), equalTo(7));
            assertThat(id, uuid.variant(), equalTo(2));
            long millis = uuid.getMostSignificantBits() >>> 16;
            assertThat(id + " written at " + millis + ", between " + from + " and " + to,
                    millis >= from - 1000 && millis <= to + 1000 && millis >= previous, equalTo(true));
            previous = millis;
        }
    }

    @Test
    void seedRecordsAreAttributedToTheSystem() {
        Object actor = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select actor_id from audit_event where entity = 'legal_article' order by id limit 1")
                .getSingleResult());

        assertThat(actor, equalTo("system"));
    }

    @Test
    void aWriteWithoutAnActorIsRecordedAsUnknownEvenOnAConnectionASignedInCallerUsed() {
        String marker = "Unknown actor " + java.util.UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            org.kartoteka.Fixtures.source(marker + " via API " + i);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "insert into source (id, version, created_at, updated_at, title, kind, reliability, visibility)"
                            + " values (gen_random_uuid(), 0, now(), now(), ?1, 'OTHER', 'UNKNOWN', 'PUBLIC')")
                    .setParameter(1, marker + " direct").executeUpdate());
        }

        @SuppressWarnings("unchecked")
        List<Object[]> actors = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select after ->> 'title', actor_id, actor_role from audit_event where entity = 'source'"
                        + " and after ->> 'title' like ?1").setParameter(1, marker + "%").getResultList());

        assertThat(actors.size(), equalTo(10));
        for (Object[] row : actors) {
            boolean direct = ((String) row[0]).endsWith("direct");
            assertThat(String.valueOf(row[0]), row[2], equalTo(direct ? null : "editor"));
            assertThat(String.valueOf(row[0]), row[1] == null, equalTo(direct));
        }
    }

    @Test
    void theTriggersHoldForTheOwnerToo() throws java.sql.SQLException {
        long id = anyEventId();
        try (java.sql.Connection owner = java.sql.DriverManager.getConnection(
                org.kartoteka.EmbeddedPostgresResource.jdbcUrl());
                java.sql.Statement sql = owner.createStatement()) {
            for (String write : List.of("update audit_event set entity = 'forged' where id = " + id,
                    "delete from audit_event where id = " + id, "truncate audit_event")) {
                java.sql.SQLException refused = assertThrows(java.sql.SQLException.class, () -> sql.execute(write));
                assertThat(write, refused.getMessage(), containsString("append-only"));
            }
        }
        assertThat(entityOf(id), notNullValue());
    }

    /** Refused by PostgreSQL: the application role has no such privilege (V30), and the triggers (V6) hold besides. */
    private static void assertRefused(Runnable write) {
        Throwable failure = assertThrows(RuntimeException.class, write::run);
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertThat(messages.toString(), containsString("permission denied for table audit_event"));
    }

    /** Sources "marker 1" to "marker 3", in that order, with one multi-row statement. */
    private void insertThreeSources(String marker) {
        em.createNativeQuery("insert into source (id, version, created_at, updated_at, title, kind, reliability,"
                + " visibility) select gen_random_uuid(), 0, now(), now(), ?1 || ' ' || n, 'OTHER', 'UNKNOWN', 'PUBLIC'"
                + " from generate_series(1, 3) n order by n").setParameter(1, marker).executeUpdate();
    }

    private long anyEventId() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select min(id) from audit_event").getSingleResult()).longValue());
    }

    private String entityOf(long id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("select entity from audit_event where id = ?1").setParameter(1, id)
                .getSingleResult());
    }
}
