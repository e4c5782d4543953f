package org.kartoteka.importing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kartoteka.common.Visibility;

/**
 * One file sent to {@code POST /api/v1/imports}, from submission to its last row: what was
 * asked, who asked, how far the worker got and how many rows had which outcome. The job outlives
 * the service (a job RUNNING when the service stopped is marked FAILED at the next start).
 */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public JobStatus status;

    public boolean dryRun;

    public boolean atomic;

    /** True once the job's writes are committed; false for a dry run and for an atomic job with a rejected row. */
    public boolean committed;

    public String mediaType;

    public UUID sourceId;

    public String idScheme;

    public String recognizedBy;

    @Enumerated(EnumType.STRING)
    public Visibility visibility;

    public long bodyBytes;

    public int rowsTotal;

    public int rowsDone;

    public int created;

    public int updated;

    public int unchanged;

    public int rejected;

    /** A row scoring at least this against a recorded person is a possible duplicate. */
    public double duplicateScore = PossibleDuplicates.DEFAULT_SCORE;

    @Enumerated(EnumType.STRING)
    public OnDuplicate onDuplicate = OnDuplicate.REPORT;

    public int possibleDuplicates;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> ignoredColumns = new ArrayList<>();

    public String failure;

    public String actorId;

    public String actorName;

    public String actorRole;

    public Instant submittedAt;

    public Instant startedAt;

    public Instant finishedAt;

    ImportOptions options() {
        return new ImportOptions(sourceId, dryRun, atomic, idScheme, recognizedBy, visibility, duplicateScore,
                onDuplicate);
    }
}
