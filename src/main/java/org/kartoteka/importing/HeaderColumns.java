package org.kartoteka.importing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The column each header of a job's file names ({@link Column#of}), worked out once per distinct
 * header instead of for every cell of every row. At most {@link #MAX_REMEMBERED} headers are
 * remembered (an NDJSON file may use a new key on every line); others are matched each time.
 */
final class HeaderColumns {

    private static final int MAX_REMEMBERED = 1000;

    private final Map<String, Optional<Column>> byHeader = new HashMap<>();

    /** The column the header names, or null for a column the import ignores. */
    Column of(String header) {
        Optional<Column> known = byHeader.get(header);
        if (known != null) {
            return known.orElse(null);
        }
        Column column = Column.of(header);
        if (header != null && byHeader.size() < MAX_REMEMBERED) {
            byHeader.put(header, Optional.ofNullable(column));
        }
        return column;
    }
}
