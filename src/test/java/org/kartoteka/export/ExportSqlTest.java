package org.kartoteka.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kartoteka.EmbeddedPostgresResource;
import org.kartoteka.SqlColumn;

/**
 * The SQL helpers every export row runs (V7, V55): what they answer, and that the planner inlines
 * them into the export's query instead of calling a SQL function per row, which cost more than
 * all the rest of the formatting (bench/export.sh BREAKDOWN=1).
 */
@QuarkusTest
class ExportSqlTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void partialDatePrecisionAnswersAsBefore() throws SQLException {
        assertEquals(List.of("YEAR", "MONTH", "DAY", "NULL"), column("""
                select coalesce(partial_date_precision(p), 'NULL')
                from (values (1, '2021'), (2, '2021-03'), (3, '2021-03-17'), (4, null)) v(n, p) order by n"""));
    }

    @Test
    void csvHelpersAnswerAsDocumented() throws SQLException {
        assertEquals(List.of("'=1+1", "'-5", "plain", "NULL"), column("""
                select coalesce(csv_safe(v), 'NULL')
                from (values (1, '=1+1'), (2, '-5'), (3, 'plain'), (4, null)) t(n, v) order by n"""));
        assertEquals(List.of("2024-05-01T10:00:00Z", "2024-05-01T10:00:00.5Z", "2024-05-01T10:00:00.123456Z"), column("""
                select csv_time(t) from (values (1, timestamptz '2024-05-01 12:00:00+02'),
                  (2, timestamptz '2024-05-01 10:00:00.5+00'), (3, timestamptz '2024-05-01 10:00:00.123456+00')) v(n, t)
                order by n"""));
    }

    @Test
    void everyHelperIsInlinedIntoTheQuery() throws SQLException {
        String plan = String.join("\n", column("""
                explain (verbose, costs off)
                select csv_time(d.created_at), csv_safe(d.facility), partial_date_precision(d.started_on)
                from detention d"""));
        for (String helper : List.of("csv_time(", "csv_safe(", "partial_date_precision(")) {
            assertFalse(plan.contains(helper), helper + " is called per row, not inlined:\n" + plan);
        }
    }

    /**
     * With the export's settings a large table is read by parallel workers walking the primary key,
     * merged in id order (ExportService.PARALLEL_READS); a small one stays serial. The rows are loaded
     * in a transaction that is rolled back, so no other test sees them (nor their statistics).
     */
    @Test
    void aLargeFileIsReadInParallelInIdOrder() throws SQLException {
        ExportFile detentions = ExportCatalog.FILES.stream().filter(f -> f.table().equals("detention")).findFirst()
                .orElseThrow();
        try (Connection owner = DriverManager.getConnection(EmbeddedPostgresResource.jdbcUrl());
                Statement sql = owner.createStatement()) {
            owner.setAutoCommit(false);
            ExportService.configure(owner);
            String small = plan(owner, detentions);
            assertFalse(small.contains("Gather"), "a small table is read serially:\n" + small);

            sql.execute("set local session_replication_role = replica");
            sql.execute("insert into person (id, version, created_at, updated_at, display_name, gender, visibility)"
                    + " select gen_random_uuid(), 0, now(), now(), 'Parallel plan person ' || i, 'UNKNOWN', 'RESTRICTED'"
                    + " from generate_series(1, 150) i");
            sql.execute("insert into detention (id, version, created_at, updated_at, person_id, kind, started_on,"
                    + " ended_on, end_reason)"
                    + " select gen_random_uuid(), 0, now(), now(), p.id, 'SENTENCE', to_char(date '1950-01-01' + 3 * k,"
                    + " 'YYYY-MM-DD'), to_char(date '1950-01-02' + 3 * k, 'YYYY-MM-DD'), 'SENTENCE_SERVED'"
                    + " from person p, generate_series(0, 999) k where p.display_name like 'Parallel plan person %'");
            sql.execute("analyze detention");
            String large = plan(owner, detentions);
            assertTrue(large.contains("Gather Merge") && large.contains("Parallel Index Scan using detention_pkey"),
                    "150,000 detentions are read by parallel workers in id order:\n" + large);
            owner.rollback();
            owner.setAutoCommit(true);
            sql.execute("analyze detention"); // its size as the other tests find it, not as rolled back
        }
    }

    private static String plan(Connection connection, ExportFile file) throws SQLException {
        return String.join("\n", SqlColumn.of(connection, "explain (costs off) " + file.sql(false)));
    }

    private List<String> column(String sql) throws SQLException {
        return SqlColumn.of(dataSource, sql);
    }
}
