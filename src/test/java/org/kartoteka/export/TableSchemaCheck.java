package org.kartoteka.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks CSV tables against their Frictionless Table Schemas the way a Frictionless reader would:
 * the header names the fields in order, every non-missing cell reads as its field's type, format
 * and constraints, primary keys are unique and every foreign key finds its row. Returns the
 * problems found, each naming file, row and field; an empty list means the data satisfies it.
 */
final class TableSchemaCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> problems = new ArrayList<>();

    /** Checks every resource of the descriptor against its table among the given ones. */
    static List<String> check(JsonNode descriptor, Map<String, StrictCsv.Table> tablesByPath) {
        TableSchemaCheck check = new TableSchemaCheck();
        for (JsonNode resource : descriptor.get("resources")) {
            StrictCsv.Table table = tablesByPath.get(resource.get("path").asText());
            check.table(resource.get("path").asText(), resource.get("schema"), table);
            check.foreignKeys(resource, descriptor, tablesByPath);
        }
        return check.problems;
    }

    private void table(String path, JsonNode schema, StrictCsv.Table table) {
        List<String> names = new ArrayList<>();
        schema.get("fields").forEach(f -> names.add(f.get("name").asText()));
        if (!names.equals(table.header())) {
            problems.add(path + ": header " + table.header() + " is not the schema's fields " + names);
            return;
        }
        Set<String> missing = new HashSet<>();
        schema.get("missingValues").forEach(v -> missing.add(v.asText()));
        for (int i = 0; i < table.rows().size(); i++) {
            Map<String, String> row = table.rows().get(i);
            for (JsonNode field : schema.get("fields")) {
                String cell = row.get(field.get("name").asText());
                if (!missing.contains(cell) && !reads(cell, field)) {
                    problems.add(path + " row " + (i + 1) + ": " + field.get("name").asText() + " = '" + cell
                            + "' is not a " + field.get("type").asText() + " " + field.path("format").asText(""));
                }
            }
        }
        Set<List<String>> keys = new HashSet<>();
        for (Map<String, String> row : table.rows()) {
            List<String> key = values(row, schema.get("primaryKey"));
            if (key.contains("") || !keys.add(key)) {
                problems.add(path + ": primary key " + key + " is missing or repeated");
            }
        }
    }

    private void foreignKeys(JsonNode resource, JsonNode descriptor, Map<String, StrictCsv.Table> tablesByPath) {
        for (JsonNode foreignKey : resource.get("schema").path("foreignKeys")) {
            String target = foreignKey.get("reference").get("resource").asText();
            String targetPath = null;
            for (JsonNode other : descriptor.get("resources")) {
                if (other.get("name").asText().equals(target)) {
                    targetPath = other.get("path").asText();
                }
            }
            if (targetPath == null) {
                problems.add(resource.get("path").asText() + ": foreign key to unknown resource " + target);
                continue;
            }
            Set<List<String>> referenced = new HashSet<>();
            tablesByPath.get(targetPath).rows().forEach(r -> referenced.add(values(r, foreignKey.get("reference")
                    .get("fields"))));
            for (Map<String, String> row : tablesByPath.get(resource.get("path").asText()).rows()) {
                List<String> key = values(row, foreignKey.get("fields"));
                if (!key.contains("") && !referenced.contains(key)) {
                    problems.add(resource.get("path").asText() + ": " + key + " not found in " + targetPath);
                }
            }
        }
    }

    private static List<String> values(Map<String, String> row, JsonNode fields) {
        List<String> values = new ArrayList<>();
        fields.forEach(f -> values.add(row.get(f.asText())));
        return values;
    }

    private static boolean reads(String cell, JsonNode field) {
        JsonNode constraints = field.path("constraints");
        if (constraints.has("pattern") && !Pattern.matches(constraints.get("pattern").asText(), cell)) {
            return false;
        }
        if (constraints.has("enum") && !contains(constraints.get("enum"), cell)) {
            return false;
        }
        try {
            return switch (field.get("type").asText()) {
                case "string" -> !field.path("format").asText("default").equals("uuid")
                        || UUID.fromString(cell).toString().equals(cell);
                case "integer" -> Long.parseLong(cell) == Long.parseLong(cell);
                case "number" -> new BigDecimal(cell).signum() == new BigDecimal(cell).signum();
                case "boolean" -> contains(field.get("trueValues"), cell) || contains(field.get("falseValues"), cell);
                case "datetime" -> Instant.parse(cell) != null;
                case "object" -> JSON.readTree(cell).isObject();
                default -> false;
            };
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException | IOException e) {
            return false;
        }
    }

    private static boolean contains(JsonNode values, String cell) {
        for (JsonNode value : values) {
            if (value.asText().equals(cell)) {
                return true;
            }
        }
        return false;
    }
}
