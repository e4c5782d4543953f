package org.kartoteka.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
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

    private List<String> column(String sql) throws SQLException {
        return SqlColumn.of(dataSource, sql);
    }
}
