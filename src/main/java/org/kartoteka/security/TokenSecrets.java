package org.kartoteka.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Token secrets: {@code kt_} followed by 256 random bits from {@link SecureRandom} in base64url,
 * stored only as their SHA-256 hash.
 *
 * <p>A fast hash is the right choice here: slow password hashes (bcrypt, Argon2) protect
 * low-entropy secrets people choose; a 256-bit random secret cannot be guessed from its hash at any
 * hashing speed, and a fast hash keeps each authenticated request cheap.
 */
public final class TokenSecrets {

    /** Makes a Kartoteka token recognisable in logs, configs and secret scanners. */
    public static final String PREFIX = "kt_";

    /** Operators may choose the bootstrap secret; shorter ones are refused as guessable. */
    public static final int MIN_CONFIGURED_LENGTH = 32;

    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {}

    public static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The cache key of a hash; a hash reveals nothing of the secret, so it may be held in memory. */
    static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    /** Compares two hashes in time independent of where they differ. */
    static boolean sameHash(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }
}
