package org.kartoteka.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.kartoteka.common.PartialDate;

/**
 * One page of a list as CSV, for {@code Accept: text/csv}: a column per field of the item record,
 * in declaration order; a partial date adds a {@code <field>Precision} column after itself;
 * nested lists and objects (names, citations, sentence) are one JSON cell.
 */
final class CsvListWriter {

    private final ObjectMapper json;

    CsvListWriter(ObjectMapper json) {
        this.json = json;
    }

    void write(List<?> items, Class<?> type, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        RecordComponent[] components = type.getRecordComponents();
        List<String> header = new ArrayList<>();
        for (RecordComponent c : components) {
            header.add(c.getName());
            if (c.getType() == PartialDate.class) {
                header.add(c.getName() + "Precision");
            }
        }
        writer.write(String.join(",", header) + "\r\n");
        for (Object item : items) {
            writer.write(row(item, components) + "\r\n");
        }
        writer.flush();
    }

    private String row(Object item, RecordComponent[] components) {
        List<String> cells = new ArrayList<>();
        for (RecordComponent c : components) {
            Object value = read(c, item);
            if (c.getType() == PartialDate.class) {
                PartialDate date = (PartialDate) value;
                cells.add(date == null ? "" : date.value());
                cells.add(date == null ? "" : date.precision().name());
            } else {
                cells.add(cell(value));
            }
        }
        return String.join(",", cells);
    }

    private String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Enum<?> || value instanceof Instant || value instanceof java.util.UUID) {
            return value.toString();
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?> || value.getClass().isRecord()) {
            try {
                return CsvCells.text(json.writeValueAsString(value));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot write a CSV cell", e);
            }
        }
        return CsvCells.text(value.toString());
    }

    private static Object read(RecordComponent component, Object item) {
        try {
            return component.getAccessor().invoke(item);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }
}
