package org.kartoteka.common;

/**
 * Who may see a record. PUBLIC: everyone. RESTRICTED: signed-in staff only; the public cannot
 * even learn that it exists. CONFIDENTIAL (persons only): the admin and editor roles only.
 */
public enum Visibility {
    PUBLIC,
    RESTRICTED,
    CONFIDENTIAL
}
