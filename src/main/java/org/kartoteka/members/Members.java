package org.kartoteka.members;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kartoteka.common.Listing;

/**
 * Who makes up a count: {@code total} is the series value (a level on {@code date}, a flow over
 * {@code from..to}); the persons the caller may read are listed, the others are {@code notShown}.
 */
@Schema(name = "Members")
public record Members(
        String metric,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "levels (STOCK): the day", nullable = true)
        LocalDate date,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "flows: the first day", nullable = true)
        LocalDate from,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "flows: the last day", nullable = true)
        LocalDate to,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "the instant whose records answered, when asked for", nullable = true)
        Instant asKnownOn,
        @Schema(description = "the series value: every person counted, shown or not") long total,
        @Schema(description = "persons counted whom the caller may not read") long notShown,
        List<Member> items,
        @Schema(description = "pass as ?cursor= to get the next page; null on the last page", nullable = true)
        String nextCursor) implements Listing<Member> {

    @Override
    public Class<Member> itemType() {
        return Member.class;
    }
}
