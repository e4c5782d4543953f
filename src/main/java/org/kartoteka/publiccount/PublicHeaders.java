package org.kartoteka.publiccount;

import jakarta.ws.rs.core.Response;

/**
 * Headers of the public surface (counts, series, widget, badge): readable from any origin, since
 * newsroom pages embed them. The authenticated API sends no CORS headers.
 */
public final class PublicHeaders {

    /** Browsers and CDNs may serve a count 30 s old, and a stale one for 60 s more while they refetch. */
    public static final String CACHE_CONTROL = "public, max-age=30, stale-while-revalidate=60";

    private PublicHeaders() {}

    public static Response.ResponseBuilder cors(Response.ResponseBuilder response) {
        return response.header("Access-Control-Allow-Origin", "*");
    }
}
