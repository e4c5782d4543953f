package org.kartoteka.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of its own for a test, run with the machine's PostgreSQL binaries (the
 * folder {@code pg_config --bindir} names, or {@code PG_BINDIR}) on a free port: a real server the
 * test can stop and start under a running service, dump and restore. PostgreSQL refuses to run as
 * root, so as root the binaries run as the {@code postgres} user ({@code runuser}).
 */
final class PrivateCluster implements AutoCloseable {

    static final String SUPERUSER = "postgres";

    private final Path root;
    private final Path data;
    private final Path bin;
    private final int port;

    private PrivateCluster(Path root, Path bin, int port) {
        this.root = root;
        this.data = root.resolve("data");
        this.bin = bin;
        this.port = port;
    }

    /** A new cluster (initdb) in a fresh temporary folder, started. */
    static PrivateCluster start() {
        try {
            Path root = Files.createTempDirectory("kartoteka-cluster-");
            PrivateCluster cluster = new PrivateCluster(root, binaries(), freePort());
            if (asRoot()) {
                cluster.runChecked(List.of("chown", "-R", SUPERUSER, root.toString()), false);
            }
            cluster.run("initdb", "-D", cluster.data.toString(), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
                    "--no-sync", "--locale=C.UTF-8");
            cluster.startServer();
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A streaming replica of the primary: a base backup ({@code pg_basebackup -R}, which writes the
     * standby's connection to the primary) in a fresh folder, started read-only on a port of its own.
     */
    static PrivateCluster replicaOf(PrivateCluster primary) {
        try {
            Path root = Files.createTempDirectory("kartoteka-replica-");
            PrivateCluster replica = new PrivateCluster(root, primary.bin, freePort());
            if (asRoot()) {
                replica.runChecked(List.of("chown", "-R", SUPERUSER, root.toString()), false);
            }
            replica.run("pg_basebackup", "-h", "127.0.0.1", "-p", Integer.toString(primary.port), "-U", SUPERUSER,
                    "-D", replica.data.toString(), "-R", "-X", "stream", "--no-sync");
            replica.startServer();
            return replica;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs one statement as the superuser in the database; returns the first column of the first row. */
    String query(String database, String sql) {
        try (Connection connection = connect(database);
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), SUPERUSER, "");
    }

    void startServer() {
        run("pg_ctl", "-D", data.toString(), "-l", root.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + root
                        + " -c fsync=off -c max_connections=60",
                "start");
    }

    /** A fast shutdown, as {@code systemctl stop postgresql} does: every client connection is cut. */
    void stopServer() {
        run("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop");
    }

    /** Runs one of the cluster's client programs (psql, pg_dump, pg_restore, createdb) against it. */
    String client(String program, String... args) {
        List<String> command = new ArrayList<>(List.of(bin.resolve(program).toString(), "-h", "127.0.0.1",
                "-p", Integer.toString(port), "-U", SUPERUSER));
        command.addAll(List.of(args));
        return runChecked(command, false);
    }

    private void run(String program, String... args) {
        List<String> command = new ArrayList<>(List.of(bin.resolve(program).toString()));
        command.addAll(List.of(args));
        runChecked(command, asRoot());
    }

    private String runChecked(List<String> command, boolean asPostgresUser) {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        full.addAll(command);
        try {
            Path output = Files.createTempFile("kartoteka-cluster-", ".out");
            try {
                Process process = new ProcessBuilder(full).directory(root.toFile()).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("Timed out: " + full);
                }
                String text = Files.readString(output, StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(full + " exited with " + process.exitValue() + ":\n" + text);
                }
                return text;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Creates the owner and application roles and their database with deploy/create-roles.sql. */
    void createKartotekaDatabase(String database, String owner, String app) {
        client("psql", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-v", "database=" + database,
                "-v", "owner=" + owner, "-v", "owner_password=" + owner + "-secret",
                "-v", "app=" + app, "-v", "app_password=" + app + "-secret",
                "-f", Path.of("deploy", "create-roles.sql").toAbsolutePath().toString());
    }

    /** The service's environment for a database made by {@link #createKartotekaDatabase}. */
    Map<String, String> serviceEnvironment(String database, String owner, String app) {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", app, "QUARKUS_DATASOURCE_PASSWORD", app + "-secret",
                "QUARKUS_FLYWAY_USERNAME", owner, "QUARKUS_FLYWAY_PASSWORD", owner + "-secret");
    }

    @Override
    public void close() {
        try {
            stopServer();
        } catch (RuntimeException alreadyStopped) {
            // stopped by the test, or never started
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path binaries() {
        String configured = System.getenv("PG_BINDIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try {
            Process process = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0 || out.isEmpty()) {
                throw new IllegalStateException("pg_config --bindir failed: " + out);
            }
            return Path.of(out);
        } catch (IOException e) {
            throw new IllegalStateException("These tests need PostgreSQL's server binaries (Debian: apt-get install"
                    + " postgresql), found with pg_config or PG_BINDIR", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
