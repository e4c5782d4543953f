package org.kartoteka;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The first column of a query's rows, as text: for tests of SQL functions and of query plans. */
public final class SqlColumn {

    private SqlColumn() {}

    public static List<String> of(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection, sql);
        }
    }

    /** The same on a connection the caller holds, inside whatever transaction it has open. */
    public static List<String> of(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
