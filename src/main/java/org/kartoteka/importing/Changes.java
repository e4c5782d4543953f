package org.kartoteka.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The fields a re-import changes, by name ({@code person.region}, {@code detention.PRETRIAL.endedOn}).
 * A value the row does not give (null) never replaces a stored one: an empty cell never erases.
 */
final class Changes {

    final List<String> fields = new ArrayList<>();

    /** Sets the field when the row gives a value that differs from the stored one; true when it did. */
    <T> boolean set(String field, T stored, T desired, Consumer<T> setter) {
        if (desired == null || Objects.equals(stored, desired)) {
            return false;
        }
        setter.accept(desired);
        fields.add(field);
        return true;
    }

    void add(String field) {
        fields.add(field);
    }

    boolean any() {
        return !fields.isEmpty();
    }

    int size() {
        return fields.size();
    }
}
