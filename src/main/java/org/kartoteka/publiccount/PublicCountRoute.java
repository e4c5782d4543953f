package org.kartoteka.publiccount;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The hot path of the public count: an anonymous GET is answered by a Vert.x route straight from
 * memory, ahead of the REST layer, because newsroom pages ask for it thousands of times a second.
 * Anything else passes on to {@link PublicCountResource}, which answers the same bytes: a request
 * with credentials (so that a bad token is still a 401, as everywhere), a metric not in memory
 * (so that the 404 is the usual problem document), or a past state ({@code asKnownOn}).
 */
@ApplicationScoped
public class PublicCountRoute {

    static final String PATH = "/api/v1/public/counts/:metric";

    @Inject
    PublicCounts counts;

    void register(@Observes Router router) {
        router.get(PATH).order(-100).handler(this::answer);
    }

    private void answer(RoutingContext context) {
        boolean current = context.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                && context.request().getParam("asKnownOn") == null;
        Rendered rendered = current ? counts.find("count:" + context.pathParam("metric")) : null;
        if (rendered == null) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        response.headers()
                .set(HttpHeaders.ETAG, rendered.etag())
                .set(HttpHeaders.CACHE_CONTROL, PublicHeaders.CACHE_CONTROL)
                .set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .set(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        if (rendered.matches(context.request().getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, rendered.mediaType());
        response.end(Buffer.buffer(rendered.body()));
    }
}
