package org.kartoteka.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * NDJSON rows: one JSON object a line, with the same keys as the CSV columns. A value may be a
 * string, a number, a boolean or null; an array gives one cell per element (several articles).
 * Blank lines are skipped; every other line is a data row, numbered from 1.
 */
final class NdjsonRows implements RowSource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedReader reader;
    private String nextLine;
    private int number;

    NdjsonRows(BufferedReader reader) {
        this.reader = reader;
    }

    @Override
    public boolean hasNext() {
        try {
            while (nextLine == null) {
                String line = reader.readLine();
                if (line == null) {
                    return false;
                }
                if (!line.isBlank()) {
                    nextLine = line;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public RawRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        String line = nextLine;
        nextLine = null;
        number++;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new ImportFileException("Line " + number + " is not JSON: " + e.getOriginalMessage()
                    + ". Write one JSON object a line.", e);
        }
        if (node == null || !node.isObject()) {
            throw new ImportFileException("Line " + number + " is not a JSON object: write one object a line, with"
                    + " the column names as keys.", null);
        }
        List<RawRow.RawCell> cells = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isArray()) {
                field.getValue().forEach(element -> cells.add(new RawRow.RawCell(field.getKey(), text(element))));
            } else {
                cells.add(new RawRow.RawCell(field.getKey(), text(field.getValue())));
            }
        }
        return new RawRow(number, cells);
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
