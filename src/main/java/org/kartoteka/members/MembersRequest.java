package org.kartoteka.members;

import static org.kartoteka.common.QueryParams.present;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.kartoteka.common.PageRequest;
import org.kartoteka.common.ProblemException;

/** The parameters of {@code GET /api/v1/stats/members}, checked. */
public class MembersRequest {

    static final UUID FIRST = new UUID(0, 0);

    @QueryParam("metric")
    @Parameter(description = "a computed metric's key", required = true, example = "political-prisoners")
    public String metric;

    @QueryParam("date")
    @Parameter(description = "levels (STOCK): the day (a year or month means its last day)", example = "2022-02-07")
    public String date;

    @QueryParam("from")
    @Parameter(description = "flows: the first day (a year or month means its first day)")
    public String from;

    @QueryParam("to")
    @Parameter(description = "flows: the last day (a year or month means its last day)")
    public String to;

    @QueryParam("asKnownOn")
    @Parameter(description = "the answer as the records stood at this instant (RFC 3339; a date means the end of that"
            + " day in UTC), rebuilt from the audit trail; visibility is the caller's today")
    public String asKnownOn;

    @QueryParam("limit")
    @DefaultValue("50")
    @Parameter(description = "persons per page, 1 to 500")
    public String limit;

    @QueryParam("cursor")
    @Parameter(description = "the nextCursor of the previous page")
    public String cursor;

    String metricKey() {
        if (!present(metric)) {
            throw ProblemException.invalid("metric", "name the metric, e.g. ?metric=political-prisoners");
        }
        return metric.strip();
    }

    LocalDate day() {
        if (present(from) || present(to)) {
            throw ProblemException.invalid(present(from) ? "from" : "to", "a level is counted on one day: give"
                    + " date= instead of from and to");
        }
        return CountDays.lastDay("date", date);
    }

    LocalDate periodEnd() {
        if (present(date)) {
            throw ProblemException.invalid("date", "a flow is counted over a period: give from= and to= instead");
        }
        return CountDays.lastDay("to", to);
    }

    LocalDate periodStart() {
        return CountDays.firstDay("from", from, periodEnd());
    }

    int limit() {
        PageRequest page = new PageRequest();
        page.limit = limit == null ? String.valueOf(PageRequest.DEFAULT_LIMIT) : limit;
        return page.limit();
    }

    /** The last person of the previous page, or the smallest id. */
    UUID after() {
        if (!present(cursor)) {
            return FIRST;
        }
        try {
            return UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "is not a cursor of this list; pass the nextCursor of the"
                    + " previous page unchanged");
        }
    }

    static String cursorAfter(UUID person) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(person.toString().getBytes(StandardCharsets.UTF_8));
    }
}
