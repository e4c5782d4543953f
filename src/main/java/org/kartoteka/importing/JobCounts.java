package org.kartoteka.importing;

import java.util.List;

/** The outcome counts of a job as its chunks finish. */
final class JobCounts {

    int done;
    int created;
    int updated;
    int unchanged;
    int rejected;
    int possibleDuplicates;

    void add(List<RowResult> results) {
        for (RowResult result : results) {
            done++;
            switch (result.outcome()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case REJECTED -> rejected++;
                case POSSIBLE_DUPLICATE -> possibleDuplicates++;
            }
        }
    }

    void copyTo(ImportJob job) {
        job.rowsDone = done;
        job.created = created;
        job.updated = updated;
        job.unchanged = unchanged;
        job.rejected = rejected;
        job.possibleDuplicates = possibleDuplicates;
    }
}
