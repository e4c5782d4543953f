package org.kartoteka.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The id of the current request, as the audit trail records it and the {@code X-Request-Id}
 * response header echoes it: the client's own id when it sends a sane one (1 to 128 letters,
 * digits and {@code . _ : -}), otherwise a new random UUID. The UUID comes from a thread-local
 * generator, not a secure one: an id only has to be unique, and the public count route makes one
 * for every answer, tens of thousands a second.
 */
@RequestScoped
public class RequestId {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private String value;

    /** Adopts the client's id if it is sane; otherwise, or when absent, generates one. */
    public void adopt(String fromClient) {
        value = of(fromClient);
    }

    public String value() {
        if (value == null) {
            value = fresh();
        }
        return value;
    }

    /** The client's id if it is sane; otherwise, or when absent, a new one. */
    public static String of(String fromClient) {
        return fromClient != null && SANE.matcher(fromClient).matches() ? fromClient : fresh();
    }

    private static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
