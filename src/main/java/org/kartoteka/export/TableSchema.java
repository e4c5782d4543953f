package org.kartoteka.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kartoteka.common.DatePrecision;

/**
 * The Frictionless Table Schema of one export file, derived from the columns its query returns and
 * the export's conventions (docs/exports.md): UUIDs are strings of format {@code uuid}; instants
 * ({@code csv_time}) are datetimes; a column followed by its {@code ...Precision} column is a
 * partial date, typed honestly as a string with the ISO pattern (a {@code date} type would claim a
 * day that "2021" does not know); booleans are PostgreSQL's {@code t}/{@code f}; an empty cell is
 * missing. Keys: {@code id}, or the parent id and {@code position} of a child-row file; a column
 * naming another file's record is a foreign key to it.
 */
final class TableSchema {

    /** One column of a file: its CSV header name and PostgreSQL type name. */
    record Column(String name, String sqlType) {}

    static final String PARTIAL_DATE_PATTERN = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";

    private static final Set<String> INSTANTS = Set.of("createdAt", "updatedAt", "occurredAt");
    private static final Set<String> JSON_DOCUMENTS = Set.of("before", "after");
    private static final Set<String> INTEGERS = Set.of("int2", "int4", "int8");
    private static final Set<String> NUMBERS = Set.of("numeric", "float4", "float8");
    private static final String PRECISION = "Precision";

    /** Columns that name a record of another file, and that file's collection. */
    private static final Map<String, String> REFERENCES = Map.of(
            "personId", "persons",
            "caseId", "cases",
            "articleId", "legal-articles",
            "metricId", "metrics",
            "sourceId", "sources");

    private TableSchema() {}

    /** The Table Schema descriptor; foreign keys only to the collections the bundle holds. */
    static Map<String, Object> of(List<Column> columns, Set<String> collections) {
        Set<String> names = columns.stream().map(Column::name).collect(Collectors.toSet());
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", columns.stream().map(c -> field(c, names)).toList());
        schema.put("missingValues", List.of(""));
        schema.put("primaryKey", primaryKey(columns));
        List<Map<String, Object>> foreignKeys = foreignKeys(columns, collections);
        if (!foreignKeys.isEmpty()) {
            schema.put("foreignKeys", foreignKeys);
        }
        return schema;
    }

    private static Map<String, Object> field(Column column, Set<String> names) {
        String name = column.name();
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", name);
        if (names.contains(name + PRECISION)) {
            field.put("type", "string");
            field.put("description", "A partial date: ISO 8601 year, year-month or date, as precise as the sources;"
                    + " its precision is in " + name + PRECISION + ".");
            field.put("constraints", Map.of("pattern", PARTIAL_DATE_PATTERN));
        } else if (name.endsWith(PRECISION) && names.contains(name.substring(0, name.length() - PRECISION.length()))) {
            field.put("type", "string");
            field.put("description", "How much of " + name.substring(0, name.length() - PRECISION.length())
                    + " is known.");
            field.put("constraints", Map.of("enum", List.of(DatePrecision.YEAR.name(), DatePrecision.MONTH.name(),
                    DatePrecision.DAY.name())));
        } else if (INSTANTS.contains(name)) {
            field.put("type", "datetime");
            field.put("format", "default");
            field.put("description", "An instant in UTC, ISO 8601.");
        } else if (JSON_DOCUMENTS.contains(name)) {
            field.put("type", "object");
            field.put("description", "The record as JSON text.");
        } else {
            typeBySql(column.sqlType(), field);
        }
        return field;
    }

    private static void typeBySql(String sqlType, Map<String, Object> field) {
        if (sqlType.equals("uuid")) {
            field.put("type", "string");
            field.put("format", "uuid");
        } else if (INTEGERS.contains(sqlType)) {
            field.put("type", "integer");
        } else if (NUMBERS.contains(sqlType)) {
            field.put("type", "number");
        } else if (sqlType.equals("bool")) {
            field.put("type", "boolean");
            field.put("trueValues", List.of("t"));
            field.put("falseValues", List.of("f"));
        } else {
            field.put("type", "string");
        }
    }

    /** {@code id}; in a child-row file the columns up to {@code position} (parent id, position). */
    private static List<String> primaryKey(List<Column> columns) {
        List<String> names = columns.stream().map(Column::name).toList();
        if (names.contains("id")) {
            return List.of("id");
        }
        return new ArrayList<>(names.subList(0, names.indexOf("position") + 1));
    }

    private static List<Map<String, Object>> foreignKeys(List<Column> columns, Set<String> collections) {
        return columns.stream()
                .filter(c -> REFERENCES.containsKey(c.name()) && collections.contains(REFERENCES.get(c.name())))
                .map(c -> Map.<String, Object>of("fields", List.of(c.name()),
                        "reference", Map.of("resource", REFERENCES.get(c.name()), "fields", List.of("id"))))
                .toList();
    }
}
