package org.kartoteka.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The operations tests again, against the packaged jar; and proof that the jar used the
 * datasource URL the test resource gave it instead of starting its own embedded PostgreSQL.
 */
@QuarkusIntegrationTest
class OperationsIT extends OperationsTest {

    /** Where the integration-test launcher writes the jar's console output. */
    private static final Path JAR_LOG = Path.of("target", "quarkus.log");

    @Test
    void theJarUsesTheConfiguredDatabaseAndStartsNoEmbeddedOne() throws IOException {
        String log = Files.readString(JAR_LOG, StandardCharsets.UTF_8);
        assertTrue(log.contains("Using the configured external PostgreSQL"), "the jar log does not say it used"
                + " the configured database:\n" + log);
        assertFalse(log.contains("Started the embedded PostgreSQL"), "the jar started its own embedded PostgreSQL:\n"
                + log);
    }
}
