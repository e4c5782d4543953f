package org.kartoteka.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.quarkus.arc.Unremovable;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Refuses a body whose declared length is over the limit with a 413 problem before it is read.
 * (Quarkus itself enforces the same limit on bodies of unknown length, with an empty 413.)
 */
@ApplicationScoped
@Unremovable
public class BodySizeLimit {

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    void register(@Observes Filters filters) {
        filters.register(this::check, 1000);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && tooLarge(declared)) {
            Problem problem = ProblemType.PAYLOAD_TOO_LARGE.problem("The body has " + declared
                    + " bytes; this service accepts at most " + limit.asLongValue()
                    + ". Split the request into smaller ones.", context.request().path(), List.of());
            try {
                context.response()
                        .setStatusCode(problem.status())
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(json.writeValueAsString(problem));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                context.fail(413);
            }
            return;
        }
        context.next();
    }

    private boolean tooLarge(String declared) {
        try {
            return Long.parseLong(declared.strip()) > limit.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
