package org.kartoteka.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code datapackage.json} of the export bundle: a Frictionless Data Package (v2) with a tabular
 * resource per CSV file (path, bytes, sha256 hash, rows, CSV dialect, Table Schema). It holds no
 * generation time, so the same data gives the same descriptor bytes (keys are written sorted).
 */
final class DataPackage {

    static final String PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

    /** One written file: what the descriptor says of it. */
    record Resource(ExportFile file, List<TableSchema.Column> columns, long bytes, long rows, String sha256) {}

    private DataPackage() {}

    static byte[] descriptor(String schemaVersion, List<Resource> resources) throws IOException {
        Set<String> collections = resources.stream().map(r -> r.file().collection()).collect(Collectors.toSet());
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("$schema", PROFILE);
        descriptor.put("name", "kartoteka-export");
        descriptor.put("title", "Kartoteka export");
        descriptor.put("description", "Every collection of a Kartoteka instance from one consistent snapshot;"
                + " conventions in docs/exports.md.");
        descriptor.put("version", schemaVersion);
        descriptor.put("resources", resources.stream().map(r -> resource(r, collections)).toList());
        return new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writeValueAsBytes(descriptor);
    }

    private static Map<String, Object> resource(Resource written, Set<String> collections) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("name", written.file().collection());
        resource.put("path", written.file().name());
        resource.put("type", "table");
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        resource.put("bytes", written.bytes());
        resource.put("hash", "sha256:" + written.sha256());
        resource.put("rows", written.rows());
        resource.put("dialect", Map.of("header", true, "delimiter", ",", "lineTerminator", "\r\n",
                "quoteChar", "\"", "doubleQuote", true));
        resource.put("schema", TableSchema.of(written.columns(), collections));
        return resource;
    }
}
