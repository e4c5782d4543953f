package org.kartoteka.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kartoteka.replica.ReadReplica;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Streams CSV files straight from PostgreSQL ({@code COPY (query) TO STDOUT}) to the client, with
 * flat memory whatever the size. Every export, and a whole bundle, reads in one READ ONLY
 * REPEATABLE READ transaction: one consistent snapshot while writes go on.
 */
@ApplicationScoped
public class ExportService {

    /** What one snapshot can do: list its files and copy one of them out. */
    interface Snapshot {
        List<ExportFile> files() throws SQLException;

        /** Copies a file as RFC 4180 CSV into the stream, which stays open; counts its rows and hashes it. */
        CsvStream copy(ExportFile file, OutputStream out, boolean bom) throws SQLException, IOException;

        /** The same without the hash, for a single file (the hash is only for the bundle's manifest). */
        void stream(ExportFile file, OutputStream out, boolean bom) throws SQLException, IOException;

        String schemaVersion() throws SQLException;

        /** The file's columns in order, with their PostgreSQL types, as the query describes them. */
        List<TableSchema.Column> columns(ExportFile file) throws SQLException;
    }

    /** Work inside a snapshot. */
    interface Work {
        void run(Snapshot snapshot) throws SQLException, IOException;
    }

    /** The replica when there is one and the request's reads may lag (docs/operations.md), else the primary. */
    @Inject
    ReadReplica databases;

    /** The file of this collection, if there is one in this database. */
    public Optional<ExportFile> file(String collection) {
        try (Connection connection = databases.forReads().getConnection()) {
            return existing(connection).stream().filter(f -> f.collection().equals(collection)).findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the export files", e);
        }
    }

    /** Names of the files this database can export. */
    public List<String> collections() {
        try (Connection connection = databases.forReads().getConnection()) {
            return existing(connection).stream().map(ExportFile::collection).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the export files", e);
        }
    }

    /** Runs the work in one READ ONLY REPEATABLE READ transaction on a connection of its own. */
    public void inSnapshot(boolean redact, Work work) {
        try (Connection connection = databases.forReads().getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                configure(connection);
                work.run(snapshot(connection, redact));
                connection.commit();
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The export failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The export could not be written (client gone?)", e);
        }
    }

    /** Timestamps print the same whatever the server's settings (csv_time relies on DateStyle ISO). */
    private static final String FORMATS = "set local datestyle = 'ISO, YMD'; set local timezone = 'UTC'";

    /**
     * Lets a large file be read by parallel workers, each walking part of the primary key's index
     * and formatting its rows (csv_time and the rest) while the export's own backend merges them in
     * id order and writes them out: the SQL's per-row work is spread over the cores, so the export
     * runs as fast as a plain {@code COPY} of the table or faster (docs/exports.md, issue 13). With
     * PostgreSQL's default costs the planner sees an index walk as random reads (a table the size of
     * an export is in memory, hence {@code random_page_cost} as for SSDs) and a tuple handed between
     * processes as dearer than formatting it. Small tables stay serial (min_parallel_index_scan_size);
     * when no worker is free, the backend runs the plan on its own: same rows, same order.
     */
    private static final String PARALLEL_READS = "set local random_page_cost = 1.1; set local parallel_setup_cost = 100;"
            + " set local parallel_tuple_cost = 0.01";

    /** Sets both for the transaction the connection is in. */
    static void configure(Connection connection) throws SQLException {
        try (var set = connection.createStatement()) {
            set.execute(FORMATS + "; " + PARALLEL_READS);
        }
    }

    private Snapshot snapshot(Connection connection, boolean redact) throws SQLException {
        CopyManager copier = connection.unwrap(PGConnection.class).getCopyAPI();
        return new Snapshot() {
            @Override
            public List<ExportFile> files() throws SQLException {
                return existing(connection);
            }

            @Override
            public CsvStream copy(ExportFile file, OutputStream out, boolean bom) throws SQLException, IOException {
                return copyInto(new CsvStream(out, true), file, bom);
            }

            @Override
            public void stream(ExportFile file, OutputStream out, boolean bom) throws SQLException, IOException {
                copyInto(new CsvStream(out, false), file, bom);
            }

            private CsvStream copyInto(CsvStream csv, ExportFile file, boolean bom) throws SQLException, IOException {
                if (bom) {
                    csv.writeBom();
                }
                copier.copyOut("COPY (" + file.sql(redact) + ") TO STDOUT (FORMAT csv, HEADER, ENCODING 'UTF8')", csv);
                csv.finish();
                return csv;
            }

            @Override
            public List<TableSchema.Column> columns(ExportFile file) throws SQLException {
                try (PreparedStatement query = connection.prepareStatement(file.sql(redact))) {
                    ResultSetMetaData meta = query.getMetaData();
                    List<TableSchema.Column> columns = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.add(new TableSchema.Column(meta.getColumnLabel(i), meta.getColumnTypeName(i)));
                    }
                    return columns;
                }
            }

            @Override
            public String schemaVersion() throws SQLException {
                try (PreparedStatement query = connection.prepareStatement("select version from"
                        + " flyway_schema_history where success and version is not null order by installed_rank desc"
                        + " limit 1"); ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        };
    }

    /** The catalogue's files whose tables exist here, the citations query over the citation tables there are. */
    private static List<ExportFile> existing(Connection connection) throws SQLException {
        List<ExportFile> files = new ArrayList<>();
        for (ExportFile file : ExportCatalog.FILES) {
            if (exists(connection, file.table())) {
                files.add(file.query().equals(CitationTables.PLACEHOLDER) ? new ExportFile(file.name(), file.table(),
                        CitationTables.unionOf(existingCitationTables(connection))) : file);
            }
        }
        return files;
    }

    private static List<CitationTables.Table> existingCitationTables(Connection connection) throws SQLException {
        List<CitationTables.Table> tables = new ArrayList<>();
        for (CitationTables.Table table : CitationTables.TABLES) {
            if (exists(connection, table.entity() + "_citation")) {
                tables.add(table);
            }
        }
        return tables;
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select to_regclass(?) is not null")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }
}
