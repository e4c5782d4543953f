package org.kartoteka.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Turns PostgreSQL's CSV output into RFC 4180 on the fly: record ends become CRLF (line breaks
 * inside quoted fields stay as they are), and it counts records and hashes the bytes it writes,
 * so that neither needs the file in memory. Quoted state is tracked by toggling on every double
 * quote, which a doubled quote inside a field toggles twice.
 */
final class CsvStream extends FilterOutputStream {

    private static final byte[] CR = {'\r'};
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final MessageDigest sha256;
    private final byte[] buffer = new byte[64 * 1024];
    private int filled;
    private boolean quoted;
    private long lines;
    private long bytes;

    CsvStream(OutputStream target) {
        super(target);
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
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

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int run = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            byte b = bytes[i];
            if (b == '"') {
                quoted = !quoted;
            } else if (b == '\n' && !quoted) {
                put(bytes, run, i - run);
                put(CR, 0, 1);
                run = i;
                lines++;
            }
        }
        put(bytes, run, end - run);
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
        sha256.update(buffer, 0, filled);
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
        return HexFormat.of().formatHex(sha256.digest());
    }
}
