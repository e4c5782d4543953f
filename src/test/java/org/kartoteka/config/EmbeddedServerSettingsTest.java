package org.kartoteka.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kartoteka.SqlColumn;

/** The embedded PostgreSQL runs with the settings EmbeddedDatabase gives it (docs/operations.md). */
@QuarkusTest
class EmbeddedServerSettingsTest {

    @Inject
    AgroalDataSource dataSource;

    /** A large import forces no checkpoint, so pages are not written whole into the WAL again and again. */
    @Test
    void theWriteAheadLogMayGrowToFourGigabytesBetweenCheckpoints() throws SQLException {
        assertEquals(List.of("4GB"), SqlColumn.of(dataSource, "show max_wal_size"));
    }
}
