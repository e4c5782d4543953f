package org.kartoteka;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import org.kartoteka.config.EmbeddedDatabase;

/**
 * Gives every test run a fresh embedded PostgreSQL 17, so that {@code ./mvnw verify} needs no
 * Docker and no running server. Registered once for all tests (not restricted to a class), so
 * Quarkus starts one application for the whole run.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static volatile String jdbcUrl;

    private EmbeddedDatabase database;

    /** The JDBC URL of this run's database, for tests of the packaged jar that must load data in bulk. */
    public static String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public Map<String, String> start() {
        database = EmbeddedDatabase.startThrowAway();
        jdbcUrl = database.jdbcUrl();
        Map<String, String> properties = new HashMap<>(database.datasourceProperties());
        // The known first admin token tests authenticate with (Auth); given to the packaged jar in *IT too.
        properties.put("kartoteka.bootstrap-admin-token", Auth.BOOTSTRAP_ADMIN_TOKEN);
        return properties;
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }
}
