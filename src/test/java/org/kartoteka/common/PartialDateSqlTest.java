package org.kartoteka.common;

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
 * The bounds of a partial date in SQL (V1, made inlinable by V60): what they answer, and that the
 * planner inlines them into the expressions that use them (generated columns, the detention check
 * and exclusion constraint, queries) instead of planning a SQL function again for every INSERT.
 */
@QuarkusTest
class PartialDateSqlTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void earliestAndLatestAnswerAsBefore() throws SQLException {
        assertEquals(List.of("2021-01-01 2021-12-31", "2021-02-01 2021-02-28", "2020-02-01 2020-02-29",
                "2021-03-17 2021-03-17", "NULL NULL"), column("""
                select coalesce(partial_date_earliest(p)::text, 'NULL') || ' ' || coalesce(partial_date_latest(p)::text, 'NULL')
                from (values (1, '2021'), (2, '2021-02'), (3, '2020-02'), (4, '2021-03-17'), (5, null)) v(n, p)
                order by n"""));
    }

    @Test
    void bothAreInlinedIntoTheQuery() throws SQLException {
        String plan = String.join("\n", column("""
                explain (verbose, costs off)
                select partial_date_earliest(d.started_on), partial_date_latest(d.ended_on) from detention d"""));
        for (String function : List.of("partial_date_earliest(", "partial_date_latest(")) {
            assertFalse(plan.contains(function), function + " is called per row, not inlined:\n" + plan);
        }
    }

    private List<String> column(String sql) throws SQLException {
        return SqlColumn.of(dataSource, sql);
    }
}
