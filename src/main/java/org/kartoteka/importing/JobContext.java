package org.kartoteka.importing;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.kartoteka.duplicate.ProfileIndex;
import org.kartoteka.security.Role;

/**
 * What lasts for the length of one job beyond a chunk: the options, the role rows run with, the
 * catalogue, the columns of the file's headers, the sources found or created by URL, the external
 * ids seen so far (a second row with the same id is refused: one row, one person) and the persons
 * created so far.
 */
final class JobContext {

    final UUID jobId;
    final ImportOptions options;
    final Role role;
    ArticleCatalogue catalogue;
    final HeaderColumns headers = new HeaderColumns();
    final Map<String, UUID> sourcesByUrl = new HashMap<>();
    final Map<String, Integer> seenIds = new HashMap<>();
    /** The persons earlier rows created (tagged with their row), for {@link PossibleDuplicates}. */
    final ProfileIndex createdPersons = new ProfileIndex();
    /** Whether a chunk has refreshed the planner's statistics ({@link ChunkWriter}, V93) yet. */
    boolean statisticsRefreshed;

    JobContext(UUID jobId, ImportOptions options, Role role, ArticleCatalogue catalogue) {
        this.jobId = jobId;
        this.options = options;
        this.role = role;
        this.catalogue = catalogue;
    }

    /** After a chunk rolled back: forget what it created (sources, catalogue entries). */
    void forgetUncommitted() {
        sourcesByUrl.clear();
        catalogue = ArticleCatalogue.load();
    }
}
