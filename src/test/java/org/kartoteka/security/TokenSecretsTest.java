package org.kartoteka.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSecretsTest {

    @Test
    void aSecretIsThePrefixAnd256RandomBits() {
        String secret = TokenSecrets.newSecret();
        assertTrue(secret.startsWith("kt_"));
        assertEquals(32, Base64.getUrlDecoder().decode(secret.substring(3)).length);
    }

    @Test
    void secretsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(TokenSecrets.newSecret()));
        }
    }

    @Test
    void theHashIsSha256AndComparesByValue() {
        byte[] a = TokenSecrets.hash("kt_abc");
        assertEquals(32, a.length);
        assertTrue(TokenSecrets.sameHash(a, TokenSecrets.hash("kt_abc")));
        assertFalse(TokenSecrets.sameHash(a, TokenSecrets.hash("kt_abd")));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                TokenSecrets.hex(TokenSecrets.hash("abc")));
    }

    @Test
    void onlyBearerHeadersCarryASecret() {
        assertEquals("kt_x", ApiTokenAuthenticationMechanism.bearerValue("Bearer kt_x"));
        assertEquals("kt_x", ApiTokenAuthenticationMechanism.bearerValue("bearer   kt_x "));
        assertNull(ApiTokenAuthenticationMechanism.bearerValue("Bearer"));
        assertNull(ApiTokenAuthenticationMechanism.bearerValue("Bearer   "));
        assertNull(ApiTokenAuthenticationMechanism.bearerValue("Bearerkt_x"));
        assertNull(ApiTokenAuthenticationMechanism.bearerValue("Basic abc"));
    }

    @Test
    void theBootstrapAnnouncementShowsTheSecretClearlyMarked() {
        String secret = TokenSecrets.newSecret();
        String message = BootstrapAdminToken.announcement(secret);
        assertTrue(message.contains(BootstrapAdminToken.BANNER));
        assertTrue(message.contains(secret));
        assertNotEquals(message.indexOf(secret), -1);
        assertEquals(message.indexOf(secret), message.lastIndexOf(secret), "the secret is printed once");
    }
}
