package org.kartoteka.security;

/** What a caller may do; DESIGN.md section 6 gives each role its rights. */
public enum Role {
    ANONYMOUS,
    RESEARCHER,
    AUDITOR,
    EDITOR,
    ADMIN
}
