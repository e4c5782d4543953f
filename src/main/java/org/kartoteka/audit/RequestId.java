package org.kartoteka.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the current request, as the audit trail records it and the {@code X-Request-Id}
 * response header echoes it: the client's own id when it sends a sane one (1 to 128 letters,
 * digits and {@code . _ : -}), otherwise a new random UUID.
 */
@RequestScoped
public class RequestId {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private String value;

    /** Adopts the client's id if it is sane; otherwise, or when absent, generates one. */
    public void adopt(String fromClient) {
        value = fromClient != null && SANE.matcher(fromClient).matches() ? fromClient
                : UUID.randomUUID().toString();
    }

    public String value() {
        if (value == null) {
            value = UUID.randomUUID().toString();
        }
        return value;
    }
}
