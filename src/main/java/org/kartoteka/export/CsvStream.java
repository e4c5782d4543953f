package org.kartoteka.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Turns PostgreSQL's CSV output into RFC 4180 on the fly: record ends become CRLF (line breaks
 * inside quoted fields stay as they are), and it counts records and, for the bundle's manifest,
 * hashes the bytes it writes, so that neither needs the file in memory.
 *
 * <p>It relies on how {@code COPY ... TO STDOUT} arrives: PostgreSQL sends every row as one
 * CopyData message ("messages sent from the backend will always correspond to single data rows",
 * protocol docs, "COPY Operations"), and PgJDBC's {@code CopyManager} writes each message with one
 * {@link #write(byte[], int, int)}. So a write that ends in LF is one whole record, and its last
 * byte is the record end: no byte before it needs looking at. (Scanning every byte for quotes and
 * line ends cost as much as the SQL's formatting, issue 13.) Any other write (the byte order
 * mark) is passed through as it is.
 */
final class CsvStream extends FilterOutputStream {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final MessageDigest sha256;
    private final byte[] buffer = new byte[64 * 1024];
    private int filled;
    private long lines;
    private long bytes;

    /** With {@code digest}, {@link #sha256()} is the hash of what was written; without, there is none. */
    CsvStream(OutputStream target, boolean digest) {
        super(target);
        try {
            sha256 = digest ? MessageDigest.getInstance("SHA-256") : null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the UTF-8 byte order mark some spreadsheet programs need to read UTF-8. */
    void writeBom() throws IOException {
        write(BOM, 0, BOM.length);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    /** One record of PostgreSQL's output (ending in LF, which becomes CRLF), or bytes of no record. */
    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int last = offset + length - 1;
        if (length > 0 && bytes[last] == '\n') {
            put(bytes, offset, length - 1);
            put(CRLF, 0, CRLF.length);
            lines++;
        } else {
            put(bytes, offset, length);
        }
    }

    private void put(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (filled == buffer.length) {
                drain();
            }
            int n = Math.min(length, buffer.length - filled);
            System.arraycopy(bytes, offset, buffer, filled, n);
            filled += n;
            offset += n;
            length -= n;
        }
    }

    private void drain() throws IOException {
        if (sha256 != null) {
            sha256.update(buffer, 0, filled);
        }
        bytes += filled;
        out.write(buffer, 0, filled);
        filled = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** Flushes what is buffered without closing the stream under it (a zip entry, the response). */
    void finish() throws IOException {
        drain();
    }

    /** Data records written so far: lines after the header. */
    long rows() {
        return Math.max(0, lines - 1);
    }

    /** Bytes written so far (after the on-the-fly CRLF conversion, as they reach the client). */
    long bytes() {
        return bytes;
    }

    String sha256() {
        if (sha256 == null) {
            throw new IllegalStateException("this stream was made without a digest");
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
