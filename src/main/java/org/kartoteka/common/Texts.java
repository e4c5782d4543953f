package org.kartoteka.common;

import java.util.List;

/** Tidying of free text the case records share. */
public final class Texts {

    private Texts() {}

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The non-blank entries, stripped, each once, in their order. */
    public static List<String> names(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank())
                .map(String::strip).distinct().toList();
    }
}
