package org.kartoteka.publiccount;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.kartoteka.audit.RequestId;

/**
 * The hot path of the public count: an anonymous GET is answered by a Vert.x route on the event
 * loop straight from memory, ahead of the REST layer and of the HTTP filters (body size, the
 * authentication handler, the REST template lookup for metrics), because newsroom pages ask for it
 * thousands of times a second (docs/widget.md, "Benchmark", has the profile). Anything else
 * passes on, unchanged, to {@link PublicCountResource}, which answers the same bytes and headers:
 * a request with credentials (so that a bad token is still a 401, as everywhere), one with a body,
 * a metric not in memory (so that the 404 is the usual problem document), or a past state
 * ({@code asKnownOn}).
 */
@ApplicationScoped
public class PublicCountRoute {

    static final String PREFIX = "/api/v1/public/counts/";

    /**
     * Before the HTTP filters ({@code Filters} priority p runs at order -p: BodySizeLimit at -1000,
     * authentication at -200), after the server's own first handlers (configured headers, body).
     */
    static final int ORDER = -10_000;

    /** The metrics' {@code uri} tag, as the REST layer would name the route. */
    private static final String TEMPLATE = "/api/v1/public/counts/{metric}";

    @Inject
    PublicCounts counts;

    void register(@Observes Router router) {
        router.get().order(ORDER).handler(this::answer);
    }

    private void answer(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = request.path();
        Rendered rendered = path.startsWith(PREFIX) && anonymousWithoutBody(request)
                && request.getParam("asKnownOn") == null
                ? counts.find("count:" + path.substring(PREFIX.length())) : null;
        if (rendered == null) {
            context.next();
            return;
        }
        ((HttpServerRequestInternal) request).context().putLocal("UrlPathTemplate", TEMPLATE);
        Rendered.Wire wire = rendered.wire();
        HttpServerResponse response = context.response();
        PublicHeaders.onRoute(response.headers().add(HttpHeaders.ETAG, wire.etag()),
                request.getHeader(RequestId.HEADER));
        if (rendered.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatusCode(304).end();
            return;
        }
        response.headers()
                .add(HttpHeaders.CONTENT_TYPE, wire.contentType())
                .add(HttpHeaders.CONTENT_LENGTH, wire.contentLength());
        response.end(wire.body());
    }

    private static boolean anonymousWithoutBody(HttpServerRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getHeader(HttpHeaders.CONTENT_LENGTH) == null
                && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null;
    }
}
