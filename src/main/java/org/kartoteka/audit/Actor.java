package org.kartoteka.audit;

import org.kartoteka.security.Caller;

/**
 * Who writes, as the audit trail records it: the token's id and name and the role it acts with,
 * or {@code system} for the service itself (seed data). Null fields mean unknown.
 */
public record Actor(String id, String name, String role) {

    public static final Actor SYSTEM = new Actor("system", "system", "system");

    static Actor of(Caller caller) {
        if (caller.isSystem()) {
            return SYSTEM;
        }
        return new Actor(null, null, caller.role().name().toLowerCase(java.util.Locale.ROOT));
    }
}
