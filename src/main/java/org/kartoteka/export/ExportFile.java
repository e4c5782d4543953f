package org.kartoteka.export;

/**
 * One CSV file of the export: its name, the table it needs (a file whose table this database does
 * not have is left out) and its query. {@code :redact} in the query stands for whether the caller
 * must not see CONFIDENTIAL identities; the query orders by id so that the same data gives the
 * same bytes.
 */
record ExportFile(String name, String table, String query) {

    /** The query for one caller; {@code redact} is a literal, never client input. */
    String sql(boolean redact) {
        return query.replace(":redact", Boolean.toString(redact));
    }

    /** The collection name in {@code /api/v1/export/{collection}.csv}. */
    String collection() {
        return name.substring(0, name.length() - ".csv".length());
    }
}
