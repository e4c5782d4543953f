package org.kartoteka.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kartoteka.common.Citation;

/**
 * The citations a row's records carry: the job's source with the locator {@code row N}, the row's
 * further source (source_url) and, on the recognition, the declaration (recognition_url).
 */
record RowSources(UUID sourceId, int row, UUID furtherSource, UUID declaration) {

    List<Citation> citations() {
        List<Citation> citations = new ArrayList<>(2);
        citations.add(new Citation(sourceId, "row " + row, null, null));
        if (furtherSource != null && !furtherSource.equals(sourceId)) {
            citations.add(new Citation(furtherSource, null, null, null));
        }
        return citations;
    }

    List<Citation> recognitionCitations() {
        List<Citation> citations = citations();
        if (declaration != null && citations.stream().noneMatch(c -> c.sourceId.equals(declaration))) {
            citations.add(new Citation(declaration, null, null, null));
        }
        return citations;
    }
}
