package org.kartoteka.publiccount;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.kartoteka.audit.RequestId;

/**
 * Headers of the public surface (counts, series, widget, badge): readable from any origin, since
 * newsroom pages embed them. The authenticated API sends no CORS headers.
 *
 * <p>The one place for the headers of a public answer, on both of its paths: the REST resources
 * ({@link #cors}, {@link Rendered#respond}) and {@link PublicCountRoute}, which answers ahead of
 * the REST layer and so runs none of its filters. A filter that adds a header to every response
 * (like {@code RequestIdFilter} and {@code AccessFilter} do) must add it in {@link #onRoute} too.
 */
public final class PublicHeaders {

    /** Browsers and CDNs may serve a count 30 s old, and a stale one for 60 s more while they refetch. */
    public static final String CACHE_CONTROL = "public, max-age=30, stale-while-revalidate=60";

    /** Every public answer, on both paths. */
    private static final Map<String, String> PUBLIC = Map.of(
            "Access-Control-Allow-Origin", "*",
            "Cache-Control", CACHE_CONTROL);

    private static final CharSequence REQUEST_ID = HttpHeaders.createOptimized(RequestId.HEADER);
    private static final CharSequence AUTHORIZATION = HttpHeaders.createOptimized("Authorization");
    private static final CharSequence[][] ON_ROUTE = PUBLIC.entrySet().stream()
            .map(e -> new CharSequence[] {HttpHeaders.createOptimized(e.getKey()), HttpHeaders.createOptimized(e.getValue())})
            .toArray(CharSequence[][]::new);

    private PublicHeaders() {}

    /** The CORS header of the public surface, for a public REST answer. */
    public static Response.ResponseBuilder cors(Response.ResponseBuilder response) {
        return response.header("Access-Control-Allow-Origin", "*");
    }

    /** CORS and caching, for a public answer rendered ahead of time and served by a REST resource. */
    static Response.ResponseBuilder cacheable(Response.ResponseBuilder response) {
        PUBLIC.forEach(response::header);
        return response;
    }

    /**
     * The headers of a public answer on {@link PublicCountRoute}: those of {@link #cacheable}, plus
     * what the REST filters add to every response there ({@code X-Request-Id}, {@code Vary:
     * Authorization}).
     */
    static void onRoute(MultiMap headers, String requestIdFromClient) {
        for (CharSequence[] header : ON_ROUTE) {
            headers.add(header[0], header[1]);
        }
        headers.add(HttpHeaders.VARY, AUTHORIZATION);
        headers.add(REQUEST_ID, RequestId.of(requestIdFromClient));
    }
}
