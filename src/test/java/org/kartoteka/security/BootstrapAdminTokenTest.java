package org.kartoteka.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The bootstrap logic against the real table. Cases that need an empty table run in a transaction
 * that deletes every token and is rolled back, so other tests keep theirs.
 */
@QuarkusTest
class BootstrapAdminTokenTest {

    @Inject
    BootstrapAdminToken bootstrap;

    @Test
    void withTokensPresentNothingIsCreatedOrPrinted() {
        long before = QuarkusTransaction.requiringNew().call(() -> ApiToken.count());
        Optional<String> printed = QuarkusTransaction.requiringNew()
                .call(() -> bootstrap.ensureAdmin(Optional.of("kt_another-configured-value-0123456789abcdef")));
        assertTrue(printed.isEmpty());
        long after = QuarkusTransaction.requiringNew().call(() -> ApiToken.count());
        assertEquals(before, after);
    }

    @Test
    void onAnEmptyTableWithoutAValueATokenIsGeneratedAndReturnedToPrint() {
        inEmptyTableThenRollBack(() -> {
            String secret = bootstrap.ensureAdmin(Optional.empty()).orElseThrow();
            assertTrue(secret.startsWith(TokenSecrets.PREFIX));
            ApiToken stored = ApiToken.<ApiToken>findAll().firstResult();
            assertEquals(Role.ADMIN, stored.role);
            assertArrayEquals(TokenSecrets.hash(secret), stored.secretHash);
            assertTrue(bootstrap.ensureAdmin(Optional.empty()).isEmpty(), "a second start prints nothing");
        });
    }

    @Test
    void onAnEmptyTableTheConfiguredValueBecomesTheAdminTokenAndIsNotPrinted() {
        String value = "kt_operator-chosen-value-0123456789abcdefgh";
        inEmptyTableThenRollBack(() -> {
            assertTrue(bootstrap.ensureAdmin(Optional.of(value)).isEmpty());
            assertArrayEquals(TokenSecrets.hash(value), ApiToken.<ApiToken>findAll().firstResult().secretHash);
        });
    }

    @Test
    void aShortConfiguredValueIsRefused() {
        inEmptyTableThenRollBack(() -> assertThrows(IllegalStateException.class,
                () -> bootstrap.ensureAdmin(Optional.of("kt_short"))));
    }

    private static void inEmptyTableThenRollBack(Runnable check) {
        QuarkusTransaction.begin();
        try {
            ApiToken.deleteAll();
            check.run();
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}
