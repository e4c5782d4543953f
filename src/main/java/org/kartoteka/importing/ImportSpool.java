package org.kartoteka.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kartoteka.common.ProblemException;
import org.kartoteka.common.ProblemType;

/**
 * The files sent for import, kept on disk under the data folder from the request until their job
 * ends ({@code kartoteka.import.spool-dir}, default {@code kartoteka-data/imports}): the body is
 * copied as it arrives, never held in memory.
 */
@ApplicationScoped
class ImportSpool {

    @ConfigProperty(name = "kartoteka.import.spool-dir")
    Path directory;

    @ConfigProperty(name = "kartoteka.import.max-body-size", defaultValue = "200000000")
    long maxBytes;

    Path file(UUID jobId) {
        return directory.resolve(jobId + ".data");
    }

    /** Copies the body to the job's file; returns its size. Refuses an empty body and one over the limit. */
    long store(UUID jobId, InputStream body) throws IOException {
        Files.createDirectories(directory);
        Path file = file(jobId);
        long total = 0;
        try (InputStream in = body; OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > maxBytes) {
                    throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The file is larger than " + maxBytes
                            + " bytes, the most one import takes. Split it into several files (each with the header"
                            + " row); importing them one after the other is safe.");
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        if (total == 0) {
            Files.deleteIfExists(file);
            throw ProblemException.badRequest("The body is empty: send the file itself as the body, e.g. curl"
                    + " --data-binary @register.csv -H 'Content-Type: text/csv'.");
        }
        return total;
    }

    void delete(UUID jobId) {
        try {
            Files.deleteIfExists(file(jobId));
        } catch (IOException e) {
            // A leftover file is harmless: the next job has another id.
        }
    }
}
