package org.kartoteka.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kartoteka.common.ProblemException;
import org.kartoteka.common.ProblemType;
import org.kartoteka.common.Visibility;

/**
 * Who is calling, for the length of one request: the one place read paths ask what the caller
 * may see. Services filter every query through {@link #visiblePersons()} (persons and their facts)
 * or {@link #visibleSources()} and answer a record the caller may not see exactly like a missing one.
 *
 * <p>The role comes from the authenticated {@link SecurityIdentity} (an API token or, when
 * configured, an OIDC token); {@link AccessFilter} has already refused bad credentials and
 * writes the role may not make before any service runs.
 */
@RequestScoped
public class Caller {

    /** Strongest first: an identity holding several roles acts with the strongest one. */
    private static final List<Role> BY_STRENGTH = List.of(Role.ADMIN, Role.EDITOR, Role.RESEARCHER, Role.AUDITOR);

    @Inject
    SecurityIdentity identity;

    private Role role;
    private boolean system;

    public Role role() {
        if (role == null) {
            role = roleOf(identity);
        }
        return role;
    }

    /** For trusted in-process work outside an HTTP request (tests, jobs); request handling never calls it. */
    public void authenticate(Role role) {
        this.role = role;
    }

    /** Makes this request context act as the service itself, e.g. when it loads its seed data at start. */
    public void actAsSystem() {
        this.role = Role.ADMIN;
        this.system = true;
    }

    /** True when the service itself acts (seed data), not a person with a token. */
    public boolean isSystem() {
        return system;
    }

    /** The single mapping from a security identity (its role names) to a Kartoteka role. */
    public static Role roleOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Role.ANONYMOUS;
        }
        return BY_STRENGTH.stream().filter(r -> identity.hasRole(r.apiName())).findFirst().orElse(Role.ANONYMOUS);
    }

    /**
     * Who acts, for audit records: {@code system} for the service itself, {@code anonymous}, a token as
     * {@code token:<id>}, or the OIDC subject.
     */
    public String who() {
        if (system) {
            return "system";
        }
        return identity == null || identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean isAnonymous() {
        return role() == Role.ANONYMOUS;
    }

    /** The person visibilities this caller may see on the API's read paths; facts of a person inherit it. */
    public Set<Visibility> visiblePersons() {
        return switch (role()) {
            case ANONYMOUS -> EnumSet.of(Visibility.PUBLIC);
            case RESEARCHER, AUDITOR -> EnumSet.of(Visibility.PUBLIC, Visibility.RESTRICTED);
            case EDITOR, ADMIN -> EnumSet.allOf(Visibility.class);
        };
    }

    /** The source visibilities this caller may see: anonymous callers see PUBLIC sources only. */
    public Set<Visibility> visibleSources() {
        return role() == Role.ANONYMOUS ? EnumSet.of(Visibility.PUBLIC)
                : EnumSet.of(Visibility.PUBLIC, Visibility.RESTRICTED);
    }

    /** Whether a person of this visibility (or a fact of such a person) is visible to the caller. */
    public boolean maySee(Visibility personVisibility) {
        return visiblePersons().contains(personVisibility);
    }

    public boolean maySeeSource(Visibility sourceVisibility) {
        return visibleSources().contains(sourceVisibility);
    }

    /**
     * Whether the caller may create or change a person (or a fact of a person) of this visibility:
     * researchers may not write CONFIDENTIAL ones, nor make a person CONFIDENTIAL.
     */
    public boolean mayWrite(Visibility personVisibility) {
        return switch (role()) {
            case ANONYMOUS, AUDITOR -> false;
            case RESEARCHER -> personVisibility != Visibility.CONFIDENTIAL;
            case EDITOR, ADMIN -> true;
        };
    }

    /** Throws a 403 problem unless {@link #mayWrite} allows this visibility. */
    public void requireMayWrite(Visibility personVisibility) {
        if (!mayWrite(personVisibility)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "The " + role().apiName()
                    + " role may not write " + personVisibility + " records; ask an editor.");
        }
    }
}
