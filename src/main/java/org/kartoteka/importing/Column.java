package org.kartoteka.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns an import reads, by canonical name, with the names of the Viasna register export
 * accepted as aliases. Names match case-insensitively, ignoring spaces, {@code _}, {@code -} and
 * {@code /}; every column whose name starts with {@code article} is an articles column.
 */
enum Column {
    EXTERNAL_ID("external_id"),
    ID("id"),
    NAME("name"),
    NAME_BE("name_be"),
    NAME_RU("name_ru"),
    NAME_LATIN("name_latin"),
    GENDER("gender"),
    BIRTH_DATE("birth_date", "birthday"),
    REGION("region"),
    OCCUPATION("occupation"),
    DESCRIPTION("description"),
    TAGS("tags"),
    STATUS("status"),
    DETAINED_ON("detained_on", "arrested"),
    RELEASED_ON("released_on", "release_date"),
    FACILITY("facility", "prison/title", "prison"),
    ARTICLES("articles"),
    CASE_REFERENCE("case_reference"),
    GROUP_NAME("group_name"),
    COURT("court"),
    JUDGES("judges", "judge"),
    VERDICT_ON("verdict_on", "verdict_date"),
    SENTENCE("sentence", "decision"),
    SENTENCE_TYPE("sentence_type", "penalty"),
    APPEAL_ON("appeal_on", "appeal_date"),
    RECOGNIZED_ON("recognized_on"),
    RECOGNITION_URL("recognition_url", "declaration"),
    SOURCE_URL("source_url"),
    VISIBILITY("visibility");

    private static final Map<String, Column> BY_KEY = new HashMap<>();

    static {
        for (Column column : values()) {
            column.names.forEach(name -> BY_KEY.put(key(name), column));
        }
    }

    private final String canonical;
    private final List<String> names;

    Column(String canonical, String... aliases) {
        this.canonical = canonical;
        this.names = java.util.stream.Stream.concat(java.util.stream.Stream.of(canonical),
                java.util.Arrays.stream(aliases)).toList();
    }

    /** The canonical name, as the row report names the column. */
    String canonical() {
        return canonical;
    }

    /** The column a header names, or null for a column the import ignores. */
    static Column of(String header) {
        if (header == null) {
            return null;
        }
        String key = key(header);
        if (key.startsWith("article")) {
            return ARTICLES;
        }
        return BY_KEY.get(key);
    }

    /** Lower case without spaces, {@code _}, {@code -}, {@code /} (and a byte order mark a spreadsheet left). */
    static String key(String header) {
        return header.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-/]", "");
    }
}
