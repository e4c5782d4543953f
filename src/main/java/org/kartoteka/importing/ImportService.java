package org.kartoteka.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.kartoteka.audit.Actor;
import org.kartoteka.audit.RequestActor;
import org.kartoteka.common.Ids;
import org.kartoteka.common.Page;
import org.kartoteka.common.ProblemException;
import org.kartoteka.common.ProblemType;
import org.kartoteka.common.QueryParams;
import org.kartoteka.common.Visibility;
import org.kartoteka.security.Caller;
import org.kartoteka.security.Role;
import org.kartoteka.source.Source;

/**
 * Import jobs: submission (parameters checked before the body is read, the body spooled to disk,
 * the job queued), and what callers may read of jobs: editors, admins and auditors every job,
 * researchers the jobs they started.
 */
@ApplicationScoped
public class ImportService {

    private static final Pattern SCHEME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,49}");

    @Inject
    Caller caller;

    @Inject
    RequestActor actor;

    @Inject
    ImportSpool spool;

    @Inject
    ImportWorker worker;

    @Inject
    ImportReport report;

    public ImportJob submit(ImportRequest request, InputStream body) {
        ImportJob job = checked(request);
        try {
            job.bodyBytes = spool.store(job.id, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        QuarkusTransaction.requiringNew().run(job::persist);
        worker.enqueue(job.id);
        return job;
    }

    private ImportJob checked(ImportRequest request) {
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.status = JobStatus.QUEUED;
        job.mediaType = mediaType(request.contentType);
        job.dryRun = bool("dryRun", request.dryRun);
        job.atomic = bool("atomic", request.atomic);
        Source source = source(request.source);
        job.sourceId = source.id;
        job.idScheme = scheme(request.idScheme);
        job.recognizedBy = recognizedBy(request.recognizedBy, source);
        job.visibility = visibility(request.visibility);
        job.duplicateScore = PossibleDuplicates.score(request.duplicateScore);
        job.onDuplicate = PossibleDuplicates.onDuplicate(request.onDuplicate);
        caller.requireMayWrite(job.visibility);
        Actor who = actor.get();
        job.actorId = who == null ? null : who.id();
        job.actorName = who == null ? null : who.name();
        job.actorRole = caller.role().apiName();
        job.submittedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return job;
    }

    public ImportJob get(UUID id) {
        ImportJob job = ImportJob.findById(id);
        if (job == null || !maySee(job)) {
            throw ProblemException.notFound("import job", id);
        }
        return job;
    }

    /** Newest first, cursor = the submission time and id of the last job of the page. */
    public Page<ImportJob> list(int limit, String cursor) {
        JobCursor after = JobCursor.decode(cursor);
        StringBuilder where = new StringBuilder("1 = 1");
        if (after != null) {
            where.append(" and (submittedAt < :afterTime or (submittedAt = :afterTime and id < :afterId))");
        }
        if (caller.role() == Role.RESEARCHER) {
            where.append(" and actorId = :me");
        }
        var query = ImportJob.getEntityManager().createQuery("from ImportJob where " + where
                + " order by submittedAt desc, id desc", ImportJob.class);
        if (after != null) {
            query.setParameter("afterTime", after.submittedAt()).setParameter("afterId", after.id());
        }
        if (caller.role() == Role.RESEARCHER) {
            query.setParameter("me", actor.get() == null ? "" : String.valueOf(actor.get().id()));
        }
        List<ImportJob> jobs = query.setMaxResults(limit + 1).getResultList();
        String next = jobs.size() > limit ? JobCursor.encode(jobs.get(limit - 1)) : null;
        return new Page<>(jobs.subList(0, Math.min(limit, jobs.size())), next);
    }

    public List<ImportRowView> rows(UUID jobId, RowOutcome outcome, int afterRow, int limit) {
        get(jobId);
        return report.page(jobId, outcome, afterRow, limit);
    }

    private boolean maySee(ImportJob job) {
        if (caller.role() != Role.RESEARCHER) {
            return true;
        }
        Actor me = actor.get();
        return me != null && me.id() != null && me.id().equals(job.actorId);
    }

    /** CSV or NDJSON; anything else is a 415 problem (checked here, after authentication, not by routing). */
    private static String mediaType(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals(RowSource.CSV) && !type.equals(RowSource.NDJSON)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "An import takes text/csv (UTF-8, a header"
                    + " row first) or application/x-ndjson (one JSON object a line), not '" + contentType + "'.");
        }
        return type;
    }

    private static boolean bool(String name, String value) {
        String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!text.equals("true") && !text.equals("false")) {
            throw ProblemException.invalid(name, "'" + value + "' is not true or false");
        }
        return text.equals("true");
    }

    private Source source(String id) {
        if (id == null || id.isBlank()) {
            throw ProblemException.invalid("source", "is required: the id of the source every imported fact cites;"
                    + " create the source first (POST /api/v1/sources)");
        }
        Source source = Source.findById(Ids.parse(id));
        if (source == null || !caller.maySeeSource(source.visibility)) {
            throw ProblemException.invalid("source", "no source has the id " + id + "; create the source first");
        }
        return source;
    }

    private static String scheme(String idScheme) {
        if (idScheme == null || idScheme.isBlank()) {
            return null;
        }
        String scheme = idScheme.strip();
        if (!SCHEME.matcher(scheme).matches()) {
            throw ProblemException.invalid("idScheme", "'" + idScheme + "' is not a scheme name: lower-case letters,"
                    + " digits, '.', '_' or '-', e.g. viasna");
        }
        return scheme;
    }

    private static String recognizedBy(String value, Source source) {
        String organisation = value != null && !value.isBlank() ? value.strip() : source.publisher;
        if (organisation == null || organisation.isBlank()) {
            throw ProblemException.invalid("recognizedBy", "is required when the source names no publisher: the"
                    + " organisation that recognised the persons, e.g. Human Rights Centre Viasna");
        }
        if (organisation.length() > 300) {
            throw ProblemException.invalid("recognizedBy", "is longer than 300 characters");
        }
        return organisation;
    }

    private static Visibility visibility(String value) {
        return QueryParams.present(value) ? QueryParams.enumValue("visibility", value, Visibility.class)
                : Visibility.RESTRICTED;
    }
}
