package org.kartoteka.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The export bundle: a zip of every CSV file of one snapshot, then {@code manifest.json}
 * (generatedAt, the schema version, each file's name, rows and SHA-256) and, last, the Frictionless
 * {@code datapackage.json} ({@link DataPackage}), written while streaming. Entries carry a fixed
 * time so that the same data gives the same zip bytes, manifest.json's generatedAt apart.
 */
final class Bundle {

    /** The time every entry carries (local DOS time, no zone). */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    record FileInfo(String name, long rows, String sha256) {}

    private Bundle() {}

    static void write(ExportService.Snapshot snapshot, OutputStream out) throws SQLException, IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        List<FileInfo> infos = new ArrayList<>();
        List<DataPackage.Resource> resources = new ArrayList<>();
        for (ExportFile file : snapshot.files()) {
            zip.putNextEntry(entry(file.name()));
            CsvStream csv = snapshot.copy(file, zip, false);
            zip.closeEntry();
            String sha256 = csv.sha256();
            infos.add(new FileInfo(file.name(), csv.rows(), sha256));
            resources.add(new DataPackage.Resource(file, snapshot.columns(file), csv.bytes(), csv.rows(), sha256));
        }
        String schemaVersion = snapshot.schemaVersion();
        zip.putNextEntry(entry("manifest.json"));
        zip.write(manifest(schemaVersion, infos));
        zip.closeEntry();
        zip.putNextEntry(entry("datapackage.json"));
        zip.write(DataPackage.descriptor(schemaVersion, resources));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }

    private static byte[] manifest(String schemaVersion, List<FileInfo> files) throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("generatedAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        manifest.put("schemaVersion", schemaVersion);
        manifest.put("files", files);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(manifest);
    }
}
