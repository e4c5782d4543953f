package org.kartoteka.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.kartoteka.common.Visibility;
import org.kartoteka.person.NameSearch;
import org.kartoteka.source.Reliability;
import org.kartoteka.source.Source;
import org.kartoteka.source.SourceKind;

/**
 * Writes one chunk of rows inside the caller's transaction: loads what the chunk's rows may match
 * in a few queries, builds or changes the records row by row in memory, then flushes once (JDBC
 * batches, docs/import.md "Performance"). A dry run does everything but persisting and the flush
 * ({@link NewRecords}), so it checks what a commit would and writes nothing.
 */
@ApplicationScoped
class ChunkWriter {

    @Inject
    EntityManager em;

    @Inject
    NameSearch nameSearch;

    @Inject
    PossibleDuplicates possibleDuplicates;

    /**
     * Rows per JDBC batch of the chunk's flush, for each table: the whole chunk's inserts into a
     * table go out as a few multi-row INSERTs (PgJDBC makes at most 128 rows one statement), each
     * firing the statement triggers (audit, level marks) once (docs/import.md "Performance").
     */
    @ConfigProperty(name = "kartoteka.import.batch-size", defaultValue = "1000")
    int batchSize;

    List<RowResult> write(JobContext job, List<RowPlan> plans) {
        boolean dryRun = job.options.dryRun();
        Session session = em.unwrap(Session.class);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        session.setJdbcBatchSize(batchSize);
        List<RowResult> results = new ArrayList<>(plans.size());
        List<RowPlan> valid = new ArrayList<>(plans.size());
        for (RowPlan plan : plans) {
            Integer earlier = plan.rejected() ? null : job.seenIds.putIfAbsent(plan.externalId(), plan.row);
            if (earlier != null) {
                plan.error(Column.EXTERNAL_ID, plan.externalId() + " is also the id of row " + earlier
                        + ": one row, one person; merge the two rows");
            }
            if (plan.rejected()) {
                results.add(RowResult.rejected(plan));
            } else {
                valid.add(plan);
            }
        }
        if (!valid.isEmpty()) {
            ExistingRecords existing = ExistingRecords.load(em, valid);
            NewRecords records = new NewRecords(em, dryRun);
            resolveUrls(job, valid, records);
            ChunkLinks links = new ChunkLinks();
            RowWriter writer = new RowWriter(em, records, job, existing, links);
            PossibleDuplicates.Screen duplicates = possibleDuplicates.screen(job, valid, existing);
            for (RowPlan plan : valid) {
                RowResult held = duplicates.before(plan);
                if (held != null) {
                    results.add(held);
                    continue;
                }
                RowSources rowSources = sources(job, plan);
                results.add(duplicates.after(plan, writer.write(plan, rowSources), rowSources));
            }
            if (!dryRun) {
                em.flush();
                links.write(em, nameSearch);
                if (results.stream().anyMatch(r -> r.outcome() == RowOutcome.CREATED || r.outcome() == RowOutcome.UPDATED)) {
                    refreshStatistics(job); // not for a chunk of unchanged rows: it writes nothing
                }
            }
        }
        em.clear();
        results.sort(Comparator.comparingInt(RowResult::row));
        return results;
    }

    /**
     * Once a job, after its first chunk that wrote rows: ANALYZE of the tables the job's foreign keys point at
     * while their statistics say they are small (V93), counting the rows this transaction inserted, so
     * that PostgreSQL plans its foreign-key checks again as index scans. Otherwise statistics taken
     * while a table held a handful of rows keep each check a sequential scan for the rest of the
     * job, and an atomic import slows down with the square of its size.
     */
    private void refreshStatistics(JobContext job) {
        if (!job.statisticsRefreshed) {
            job.statisticsRefreshed = true;
            em.createNativeQuery("select refresh_import_statistics()").getSingleResult();
        }
    }

    /** Forgets the ids a failed chunk claimed, so that its rows can be tried again one by one. */
    void release(JobContext job, List<RowPlan> plans) {
        plans.forEach(p -> job.seenIds.remove(p.externalId(), p.row));
        job.createdPersons.forget(plans.stream().map(p -> (Object) p.row).toList());
    }

    private static RowSources sources(JobContext job, RowPlan plan) {
        return new RowSources(job.options.sourceId(), plan.row,
                plan.sourceUrl == null ? null : job.sourcesByUrl.get(plan.sourceUrl),
                plan.recognitionUrl == null ? null : job.sourcesByUrl.get(plan.recognitionUrl));
    }

    /** Finds the sources the chunk's URLs name in one query, and creates the missing ones. */
    private void resolveUrls(JobContext job, List<RowPlan> plans, NewRecords records) {
        Set<String> wanted = new HashSet<>();
        for (RowPlan plan : plans) {
            if (plan.sourceUrl != null && !job.sourcesByUrl.containsKey(plan.sourceUrl)) {
                wanted.add(plan.sourceUrl);
            }
            if (plan.recognitionUrl != null && !job.sourcesByUrl.containsKey(plan.recognitionUrl)) {
                wanted.add(plan.recognitionUrl);
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        em.createQuery("select s.url, s.id from Source s where s.url in :urls", Object[].class)
                .setParameter("urls", wanted).getResultList()
                .forEach(r -> job.sourcesByUrl.putIfAbsent((String) r[0], (UUID) r[1]));
        for (RowPlan plan : plans) {
            create(job, plan.sourceUrl, SourceKind.OTHER, records);
            create(job, plan.recognitionUrl, SourceKind.STATEMENT, records);
        }
    }

    private static void create(JobContext job, String url, SourceKind kind, NewRecords records) {
        if (url == null || job.sourcesByUrl.containsKey(url)) {
            return;
        }
        Source source = new Source();
        source.title = url.length() > 500 ? url.substring(0, 500) : url;
        source.url = url;
        source.kind = kind;
        source.reliability = Reliability.UNKNOWN;
        source.visibility = Visibility.RESTRICTED;
        source.notes = "Created by import job " + job.jobId + " from a " + (kind == SourceKind.STATEMENT
                ? "recognition_url" : "source_url") + " cell.";
        records.add(source);
        job.sourcesByUrl.put(url, source.id);
    }
}
