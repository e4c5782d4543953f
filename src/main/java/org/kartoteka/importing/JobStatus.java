package org.kartoteka.importing;

/** Where a job stands: waiting for the worker, being read, finished (whatever its rows' outcomes), or stopped. */
public enum JobStatus {
    QUEUED, RUNNING, DONE, FAILED
}
