package org.kartoteka.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kartoteka.common.Visibility;

/** An import job as {@code GET /api/v1/imports/{id}} answers it. */
@Schema(name = "ImportJob", description = "one file sent for import, its progress and the outcome counts of its rows")
public record ImportJobView(
        UUID id,
        JobStatus status,
        boolean dryRun,
        boolean atomic,
        @Schema(description = "true once the rows' records are committed; false for a dry run, a failed job, and an"
                + " atomic job with a rejected row (then nothing was written)") boolean committed,
        @Schema(description = "text/csv or application/x-ndjson") String mediaType,
        UUID sourceId,
        @Schema(nullable = true) String idScheme,
        String recognizedBy,
        Visibility visibility,
        long bodyBytes,
        @Schema(description = "data rows in the file; 0 until the worker has counted them") int rowsTotal,
        @Schema(description = "rows checked (and written) so far") int rowsDone,
        int created,
        int updated,
        int unchanged,
        int rejected,
        @Schema(description = "rows held back as possible duplicates of a recorded person (outcome POSSIBLE_DUPLICATE):"
                + " not written, not rejected") int possibleDuplicates,
        @Schema(description = "the score from which a row is a possible duplicate (0..1)") double duplicateScore,
        @Schema(description = "what the job does with a possible duplicate") OnDuplicate onDuplicate,
        @Schema(description = "headers no column of the import matches; their cells were not read") List<String> ignoredColumns,
        @Schema(description = "why a FAILED job stopped", nullable = true) String failure,
        @Schema(description = "who started the job") StartedBy startedBy,
        Instant submittedAt,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant finishedAt) {

    /** The token (or OIDC subject) that started the job, and its role; the job's rows ran with that role. */
    @Schema(name = "ImportStartedBy")
    public record StartedBy(@Schema(nullable = true) String id, @Schema(nullable = true) String name, String role) {}

    static ImportJobView of(ImportJob job) {
        return new ImportJobView(job.id, job.status, job.dryRun, job.atomic, job.committed, job.mediaType, job.sourceId,
                job.idScheme, job.recognizedBy, job.visibility, job.bodyBytes, job.rowsTotal, job.rowsDone, job.created,
                job.updated, job.unchanged, job.rejected, job.possibleDuplicates, job.duplicateScore, job.onDuplicate,
                List.copyOf(job.ignoredColumns), job.failure,
                new StartedBy(job.actorId, job.actorName, job.actorRole), job.submittedAt, job.startedAt,
                job.finishedAt);
    }
}
