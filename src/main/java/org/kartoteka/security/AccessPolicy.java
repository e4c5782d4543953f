package org.kartoteka.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who may call what (DESIGN.md section 6), by method and path, so that an endpoint added later is
 * covered without anyone remembering an annotation. What a caller may <em>see</em> inside an
 * allowed read is {@link Caller}'s business.
 *
 * <ul>
 *   <li>{@code /api/v1/tokens}: admin only, reads included.</li>
 *   <li>{@code /api/v1/export}, {@code /api/v1/audit}: auditor and admin (the exports and the trail).</li>
 *   <li>{@code /api/v1/{collection}/{id}/history}: any signed-in role (the record's own read then
 *       decides whether the caller may see it).</li>
 *   <li>{@code /api/v1/imports} reads: any signed-in role (ImportService shows researchers their own jobs).</li>
 *   <li>{@code /api/v1/persons/duplicates} (the scan): editor, admin and auditor;
 *       {@code /api/v1/persons/{id}/duplicates}: any signed-in role. Merging and recording two
 *       persons as distinct ({@code POST /api/v1/persons/{id}/merge|distinct}): editor and admin.</li>
 *   <li>Other reads: everyone, anonymous included.</li>
 *   <li>POST, PUT, PATCH: researcher, editor, admin. DELETE and anything else: editor, admin.</li>
 * </ul>
 */
public final class AccessPolicy {

    /** What the filter answers: let the request through, ask for credentials (401), or refuse them (403). */
    public enum Decision { ALLOW, AUTHENTICATE, FORBID }

    static final String TOKENS = "/api/v1/tokens";
    static final List<String> STAFF_READS = List.of("/api/v1/export", "/api/v1/audit");
    static final String IMPORTS = "/api/v1/imports";

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> CREATE_OR_UPDATE = Set.of("POST", "PUT", "PATCH");
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final Set<Role> AUDITORS = EnumSet.of(Role.AUDITOR, Role.ADMIN);
    private static final Set<Role> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Role.ANONYMOUS));
    private static final Set<Role> WRITERS = EnumSet.of(Role.RESEARCHER, Role.EDITOR, Role.ADMIN);
    private static final Set<Role> DELETERS = EnumSet.of(Role.EDITOR, Role.ADMIN);
    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> SCANNERS = EnumSet.of(Role.EDITOR, Role.ADMIN, Role.AUDITOR);

    private AccessPolicy() {}

    public static Decision decide(String method, String path, Role role) {
        Set<Role> allowed = allowedRoles(method, path);
        if (allowed.contains(role)) {
            return Decision.ALLOW;
        }
        return role == Role.ANONYMOUS ? Decision.AUTHENTICATE : Decision.FORBID;
    }

    /** Whether an anonymous caller is turned away: such operations declare the bearer scheme in OpenAPI. */
    public static boolean requiresToken(String method, String path) {
        return !allowedRoles(method, path).contains(Role.ANONYMOUS);
    }

    /** Whether some role is turned away with a 403. */
    public static boolean mayForbid(String method, String path) {
        return !allowedRoles(method, path).containsAll(SIGNED_IN);
    }

    static Set<Role> allowedRoles(String method, String path) {
        String verb = method.toUpperCase(Locale.ROOT);
        String normalized = normalize(path);
        if (under(normalized, TOKENS)) {
            return ADMIN;
        }
        Set<Role> duplicates = duplicates(verb, normalized);
        if (duplicates != null) {
            return duplicates;
        }
        if (READS.contains(verb)) {
            if (STAFF_READS.stream().anyMatch(p -> under(normalized, p))) {
                return AUDITORS;
            }
            return normalized.matches("/api/v1/[^/]+/[^/]+/history") || under(normalized, IMPORTS) ? SIGNED_IN
                    : EVERYONE;
        }
        return CREATE_OR_UPDATE.contains(verb) ? WRITERS : DELETERS;
    }

    /** The duplicate operations (docs/duplicates.md); null for every other path. */
    private static Set<Role> duplicates(String verb, String path) {
        if (READS.contains(verb) && path.equals("/api/v1/persons/duplicates")) {
            return SCANNERS;
        }
        if (READS.contains(verb) && path.matches("/api/v1/persons/[^/]+/duplicates")) {
            return SIGNED_IN;
        }
        if (verb.equals("POST") && path.matches("/api/v1/persons/[^/]+/(merge|distinct)")) {
            return DELETERS;
        }
        return null;
    }

    /** Lower case, one slash between segments, no trailing slash: rules compare paths, not spellings. */
    static String normalize(String path) {
        String collapsed = ("/" + path).replaceAll("/+", "/").toLowerCase(Locale.ROOT);
        return collapsed.length() > 1 && collapsed.endsWith("/") ? collapsed.substring(0, collapsed.length() - 1)
                : collapsed;
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + ".")
                || path.startsWith(prefix + ";");
    }
}
