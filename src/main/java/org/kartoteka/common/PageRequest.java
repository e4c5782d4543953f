package org.kartoteka.common;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging part of every list request: {@code ?limit=&cursor=&sort=}. */
public class PageRequest {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    @QueryParam("limit")
    @DefaultValue("50")
    @Parameter(description = "items per page, 1 to 500")
    public String limit;

    @QueryParam("cursor")
    @Parameter(description = "the nextCursor of the previous page")
    public String cursor;

    @QueryParam("sort")
    @Parameter(description = "sort key, '-' in front for descending; each list names its keys")
    public String sort;

    public int limit() {
        int value;
        try {
            value = Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("limit", "'" + limit + "' is not a number; use 1 to " + MAX_LIMIT);
        }
        if (value < 1 || value > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT + ", not " + value);
        }
        return value;
    }
}
