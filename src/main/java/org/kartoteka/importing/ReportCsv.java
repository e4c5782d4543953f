package org.kartoteka.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kartoteka.export.CsvCells;

/**
 * The row report as RFC 4180 CSV, read from the database a page at a time: row, external_id,
 * outcome, errors and warnings ({@code column: message}, one per line inside the cell), the
 * changed fields, the ids of the person and the other records, and the person the row may
 * duplicate with its score.
 */
final class ReportCsv {

    private static final int PAGE = 1000;
    private static final String HEADER = "row,external_id,outcome,errors,warnings,changed_fields,person_id,records,"
            + "possible_duplicate_id,possible_duplicate_score\r\n";

    private final ImportService imports;
    private final UUID jobId;
    private final RowOutcome outcome;

    ReportCsv(ImportService imports, UUID jobId, RowOutcome outcome) {
        this.imports = imports;
        this.jobId = jobId;
        this.outcome = outcome;
    }

    void write(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(HEADER);
        int after = 0;
        List<ImportRowView> page;
        do {
            page = imports.rows(jobId, outcome, after, PAGE);
            for (ImportRowView row : page) {
                writer.write(line(row));
                after = row.row();
            }
        } while (page.size() == PAGE);
        writer.flush();
    }

    private static String line(ImportRowView row) {
        Map<String, Object> records = row.records();
        PossibleDuplicate duplicate = row.possibleDuplicate();
        String others = records.entrySet().stream().filter(e -> !e.getKey().equals("person"))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
        return String.join(",", String.valueOf(row.row()), CsvCells.text(row.externalId()), row.outcome().name(),
                CsvCells.text(messages(row.errors())), CsvCells.text(messages(row.warnings())),
                CsvCells.text(String.join(" ", row.changedFields())),
                CsvCells.text(records.get("person") == null ? null : records.get("person").toString()),
                CsvCells.text(others), duplicate == null ? "" : duplicate.personId().toString(),
                duplicate == null ? "" : String.valueOf(duplicate.score())) + "\r\n";
    }

    private static String messages(List<RowMessage> messages) {
        return messages.stream().map(m -> (m.column() == null ? "row" : m.column()) + ": " + m.message())
                .collect(Collectors.joining("\n"));
    }
}
