package org.kartoteka.importing;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * The data rows of a spooled file, one at a time: the file is never held in memory. CSV (RFC 4180,
 * comma or semicolon, header row first) or NDJSON (one JSON object a line).
 */
interface RowSource extends Iterator<RawRow>, Closeable {

    String CSV = "text/csv";
    String NDJSON = "application/x-ndjson";

    static RowSource open(Path file, String mediaType) throws IOException {
        InputStream in = Files.newInputStream(file);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
        return NDJSON.equals(mediaType) ? new NdjsonRows(reader) : new CsvRows(reader);
    }

    /** Counts the data rows (a first, quick pass, so that progress can be reported against a total). */
    static int count(Path file, String mediaType) throws IOException {
        int rows = 0;
        try (RowSource source = open(file, mediaType)) {
            while (source.hasNext()) {
                source.next();
                rows++;
            }
        }
        return rows;
    }
}
