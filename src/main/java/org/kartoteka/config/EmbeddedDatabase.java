package org.kartoteka.config;

import io.quarkus.runtime.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The embedded PostgreSQL 17 Kartoteka uses when no external database is configured.
 *
 * <p>The data folder is kept between runs ({@code kartoteka-data/postgres} under the working
 * directory unless {@code KARTOTEKA_DATA_DIR} says otherwise); tests ask for a throw-away one.
 *
 * <p>Two roles, as docs/security.md asks of every deployment: the cluster's superuser
 * {@value #OWNER_ROLE} owns the schema and runs the migrations; the service connects as
 * {@value #APPLICATION_ROLE}, which reads and writes records but cannot alter the schema, its
 * triggers or the audit trail.
 *
 * <p>Starting survives what a killed process leaves behind: a {@link DataFolderLock} keeps a second
 * Kartoteka off the folder, a server a killed Kartoteka left running is stopped first
 * ({@link LeftoverPostmaster}), and a {@link PostmasterWatchdog} stops this server if this process
 * is killed.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    /** The role the service connects as: no ownership, no DDL, the audit trail read-only. */
    public static final String APPLICATION_ROLE = "kartoteka_app";
    /** The cluster's superuser (initdb's): owns the schema and runs Flyway. */
    public static final String OWNER_ROLE = "postgres";
    /**
     * The embedded cluster trusts local connections (initdb -A trust), so passwords are not checked;
     * Quarkus still takes Flyway's own credentials only when both a user and a password are set.
     */
    private static final String UNCHECKED_PASSWORD = "trust-authentication";
    /** Crash recovery after a kill can take longer than zonky's default 10 s. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(120);
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final DataFolderLock lock;
    private final PostmasterWatchdog watchdog;
    private final Path throwAwayRoot;
    private boolean closed;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, DataFolderLock lock,
            PostmasterWatchdog watchdog, Path throwAwayRoot) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.lock = lock;
        this.watchdog = watchdog;
        this.throwAwayRoot = throwAwayRoot;
    }

    /**
     * Starts the kept embedded database unless the operator configured a datasource URL.
     *
     * @throws DataFolderLock.InUseException when another Kartoteka uses the data folder
     */
    static EmbeddedDatabase startUnlessConfigured() {
        if (externalUrlConfigured()) {
            LOG.info("Using the configured external PostgreSQL");
            return null;
        }
        Path data = Path.of(System.getenv().getOrDefault("KARTOTEKA_DATA_DIR", "kartoteka-data"))
                .toAbsolutePath()
                .resolve("postgres");
        EmbeddedDatabase database = start(data, null);
        database.datasourceProperties().forEach(System::setProperty);
        Runtime.getRuntime().addShutdownHook(new Thread(database::closeAfterQuarkus, "embedded-postgres-stop"));
        LOG.infof("Started the embedded PostgreSQL with its data in %s", data);
        return database;
    }

    /** A fresh database in a new temporary folder, removed again on close. */
    public static EmbeddedDatabase startThrowAway() {
        try {
            Path root = Files.createTempDirectory("kartoteka-pg-");
            return start(root.resolve("postgres"), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedDatabase start(Path data, Path throwAwayRoot) {
        DataFolderLock lock = DataFolderLock.acquire(data);
        try {
            LeftoverPostmaster.stopIfRunning(data);
            Files.createDirectories(data);
            boolean kept = throwAwayRoot == null;
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(!kept)
                    // Stopped by closeAfterQuarkus, after in-flight requests finished, not by a hook of its own.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "128MB")
                    .setServerConfig("unix_socket_directories", "")
                    // zonky starts a test server (-F: fsync off, synchronous_commit off); a kept database
                    // must keep what it acknowledged through a crash of the server or the machine.
                    .setServerConfig("fsync", kept ? "on" : "off")
                    .setServerConfig("synchronous_commit", kept ? "on" : "off")
                    .start();
            PostmasterWatchdog watchdog = LeftoverPostmaster.pidOf(data).map(PostmasterWatchdog::watch).orElse(null);
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, data, lock, watchdog, throwAwayRoot);
            database.createApplicationRole();
            return database;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw new IllegalStateException("The embedded PostgreSQL did not start in " + data + ": " + e.getMessage(), e);
        }
    }

    /** The login role the service connects as; its grants come from the migrations (V30, afterMigrate.sql). */
    private void createApplicationRole() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + APPLICATION_ROLE + "')"
                    + " THEN CREATE ROLE " + APPLICATION_ROLE + " LOGIN; END IF; END $$");
            sql.execute("ALTER ROLE " + APPLICATION_ROLE
                    + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the role " + APPLICATION_ROLE + ": " + e.getMessage(), e);
        }
    }

    private static boolean externalUrlConfigured() {
        return present(System.getProperty(URL_PROPERTY))
                || present(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** The superuser's URL, for tools and tests that load data in bulk or need the owner's rights. */
    public String jdbcUrl() {
        return postgres.getJdbcUrl(OWNER_ROLE, "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    /** The service's datasource (as the application role) and Flyway's credentials (as the owner). */
    public Map<String, String> datasourceProperties() {
        return Map.of(URL_PROPERTY, "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "quarkus.datasource.username", APPLICATION_ROLE,
                "quarkus.datasource.password", UNCHECKED_PASSWORD,
                "quarkus.flyway.username", OWNER_ROLE,
                "quarkus.flyway.password", UNCHECKED_PASSWORD);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /**
     * The shutdown hook: lets Quarkus finish its graceful shutdown (in-flight requests complete,
     * quarkus.shutdown.timeout) before the database goes. JVM shutdown hooks run in parallel, so
     * this one joins Quarkus's stop (Application.stop waits for a stop already under way).
     */
    private void closeAfterQuarkus() {
        Application application = Application.currentApplication();
        if (application != null) {
            try {
                application.stop();
            } catch (IllegalStateException notStarted) {
                LOG.debug("Quarkus had not started; stopping the embedded PostgreSQL at once");
            }
        }
        close();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (watchdog != null) {
            watchdog.disarm();
        }
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("The embedded PostgreSQL did not stop cleanly", e);
        }
        LeftoverPostmaster.pidOf(dataDirectory).flatMap(ProcessHandle::of).ifPresent(server -> {
            // zonky's pg_ctl stop gives up after 5 s; a checkpoint may take longer: wait for the server itself.
            if (!LeftoverPostmaster.awaitExit(server, STARTUP_WAIT)) {
                LOG.warnf("The embedded PostgreSQL (process %d) is still stopping; the next start will wait for it",
                        server.pid());
            }
        });
        lock.close();
        if (throwAwayRoot != null) {
            deleteTree(throwAwayRoot);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.debugf("Could not remove %s: %s", root, e);
        }
    }
}
