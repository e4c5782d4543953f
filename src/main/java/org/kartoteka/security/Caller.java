package org.kartoteka.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.EnumSet;
import java.util.Set;
import org.kartoteka.common.Visibility;

/**
 * Who is calling, for the length of one request: the one place read paths ask what the caller
 * may see. Services filter every query through {@link #visiblePersons()} and answer a record the
 * caller may not see exactly like a missing one.
 */
@RequestScoped
public class Caller {

    // Until authentication lands every caller is treated as an editor (sees everything).
    private Role role = Role.EDITOR;
    private boolean system;

    public Role role() {
        return role;
    }

    void authenticate(Role role) {
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

    /** The person visibilities this caller may see on the API's read paths. */
    public Set<Visibility> visiblePersons() {
        return switch (role) {
            case ANONYMOUS -> EnumSet.of(Visibility.PUBLIC);
            case RESEARCHER, AUDITOR -> EnumSet.of(Visibility.PUBLIC, Visibility.RESTRICTED);
            case EDITOR, ADMIN -> EnumSet.allOf(Visibility.class);
        };
    }

    /** The source visibilities this caller may see. */
    public Set<Visibility> visibleSources() {
        return role == Role.ANONYMOUS ? EnumSet.of(Visibility.PUBLIC)
                : EnumSet.of(Visibility.PUBLIC, Visibility.RESTRICTED);
    }

    public boolean maySee(Visibility personVisibility) {
        return visiblePersons().contains(personVisibility);
    }
}
