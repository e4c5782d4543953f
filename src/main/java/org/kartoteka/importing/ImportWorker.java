package org.kartoteka.importing;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.kartoteka.audit.Actor;
import org.kartoteka.audit.RequestActor;
import org.kartoteka.audit.RequestId;
import org.kartoteka.security.Caller;
import org.kartoteka.security.Role;

/**
 * The single background worker that runs import jobs one after the other, in submission order,
 * each as the user who started it: the job's rows run with that user's role, and the audit trail
 * records that user's token with the request id {@code import:<jobId>}.
 *
 * <p>At start, a job still RUNNING was cut short when the service stopped: it is marked FAILED
 * (its atomic transaction was rolled back by the database; a non-atomic job keeps its committed
 * chunks, and sending the file again is safe). QUEUED jobs, whose files are still spooled, run.
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    @Inject
    ImportRunner runner;

    @Inject
    ImportSpool spool;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "kartoteka-import");
        thread.setDaemon(true);
        return thread;
    });

    void onStart(@Observes StartupEvent event) {
        List<UUID> queued = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob.<ImportJob>list("status", JobStatus.RUNNING).forEach(job -> {
                job.status = JobStatus.FAILED;
                job.failure = "The service stopped while this job ran. An atomic job wrote nothing; a job that was"
                        + " not atomic kept the chunks it had committed. Send the file again: re-importing is safe.";
                job.finishedAt = Instant.now();
                spool.delete(job.id);
            });
            return ImportJob.<ImportJob>list("status = ?1 order by submittedAt", JobStatus.QUEUED).stream()
                    .map(job -> job.id).toList();
        });
        queued.forEach(this::enqueue);
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    void enqueue(UUID jobId) {
        executor.submit(() -> runAsStarter(jobId));
    }

    private void runAsStarter(UUID jobId) {
        ManagedContext requests = Arc.container().requestContext();
        requests.activate();
        try {
            ImportJob job = QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(jobId));
            if (job == null || job.status != JobStatus.QUEUED) {
                return;
            }
            Role role = Role.ofTokenRole(job.actorRole).orElse(Role.ANONYMOUS);
            Arc.container().instance(Caller.class).get().authenticate(role);
            Arc.container().instance(RequestActor.class).get().set(new Actor(job.actorId, job.actorName, job.actorRole));
            Arc.container().instance(RequestId.class).get().adopt("import:" + jobId);
            runner.run(jobId, role);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import job %s could not run", jobId);
        } finally {
            requests.terminate();
        }
    }
}
