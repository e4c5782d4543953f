package org.kartoteka.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a caller may do; DESIGN.md section 6 gives each role its rights, {@link AccessPolicy} enforces them. */
public enum Role {
    ANONYMOUS,
    RESEARCHER,
    AUDITOR,
    EDITOR,
    ADMIN;

    /** The role as the API, tokens and identity providers spell it: {@code admin}, {@code editor}, ... */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A role a token can carry (every role but anonymous), from its API name in any case. */
    public static Optional<Role> ofTokenRole(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(r -> r != ANONYMOUS && r.name().equalsIgnoreCase(name.strip()))
                .findFirst();
    }

    /** The API names of the roles a token can carry, for messages. */
    public static String tokenRoleNames() {
        return Arrays.stream(values()).filter(r -> r != ANONYMOUS).map(Role::apiName)
                .collect(Collectors.joining(", "));
    }
}
