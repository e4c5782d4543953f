package org.kartoteka.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/** CSV rows through commons-csv, streaming; the delimiter (comma or semicolon) is the one the header row uses more. */
final class CsvRows implements RowSource {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> headers;
    private int number;

    CsvRows(BufferedReader reader) throws IOException {
        char delimiter = delimiter(reader);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).setAllowMissingColumnNames(true)
                .setIgnoreEmptyLines(true).build();
        this.parser = CSVParser.parse(reader, format);
        this.records = parser.iterator();
        this.headers = parser.getHeaderNames();
    }

    private static char delimiter(BufferedReader reader) throws IOException {
        reader.mark(64 * 1024);
        char[] head = new char[8 * 1024];
        int read = reader.read(head);
        reader.reset();
        String firstLine = read <= 0 ? "" : new String(head, 0, read).split("\\R", 2)[0];
        long commas = firstLine.chars().filter(c -> c == ',').count();
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        return semicolons > commas ? ';' : ',';
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ImportFileException("The CSV cannot be read after data row " + number + ": " + e.getMessage()
                    + ". Check the quoting of that row (a quote inside a cell is written twice).", e);
        }
    }

    @Override
    public RawRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CSVRecord record = records.next();
        number++;
        List<RawRow.RawCell> cells = new ArrayList<>(record.size());
        for (int i = 0; i < record.size(); i++) {
            String header = i < headers.size() ? headers.get(i) : "column " + (i + 1);
            cells.add(new RawRow.RawCell(header, record.get(i)));
        }
        return new RawRow(number, cells);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
