package org.kartoteka.config;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers every answer carries, whoever writes it (REST resources, the public-count route, Swagger
 * UI, the OpenAPI document, health, Vert.x's own errors): {@code X-Content-Type-Options: nosniff},
 * and {@code Content-Security-Policy: frame-ancestors 'none'} unless the answer set a policy of
 * its own. Only the widget page does ({@code frame-ancestors *}: any site may frame it); the API
 * and Swagger UI may not be framed (clickjacking a signed-in staff member's browser).
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String NOSNIFF = "nosniff";
    static final String NO_FRAMING = "frame-ancestors 'none'";

    void register(@Observes Router router) {
        // First of all routes, so that even answers the body handler or a 404 writes carry the headers.
        router.route().order(Integer.MIN_VALUE).handler(SecurityHeaders::onHeadersEnd);
    }

    private static void onHeadersEnd(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("X-Content-Type-Options", NOSNIFF);
            if (!headers.contains("Content-Security-Policy")) {
                headers.set("Content-Security-Policy", NO_FRAMING);
            }
        });
        context.next();
    }
}
