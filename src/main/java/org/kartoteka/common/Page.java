package org.kartoteka.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: its items and the cursor of the next page, null on the last one. */
public record Page<T>(
        List<T> items,
        @Schema(description = "pass as ?cursor= to get the next page; null on the last page", nullable = true)
        String nextCursor) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
