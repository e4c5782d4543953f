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
 * Refuses a body whose declared length is over the limit with a 413 problem before it is read:
 * 1 MiB ({@code kartoteka.http.max-body-size}) for every request but the file of an import
 * ({@code POST /api/v1/imports}, {@code kartoteka.import.max-body-size}, 200 MB). Quarkus itself
 * enforces {@code quarkus.http.limits.max-body-size} (raised for imports) on bodies of unknown length.
 */
@ApplicationScoped
@Unremovable
public class BodySizeLimit {

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kartoteka.http.max-body-size", defaultValue = "1M")
    MemorySize limit;

    @ConfigProperty(name = "kartoteka.import.max-body-size", defaultValue = "200000000")
    long importLimit;

    void register(@Observes Filters filters) {
        filters.register(this::check, 1000);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long max = isImport(context) ? importLimit : limit.asLongValue();
        if (declared != null && tooLarge(declared, max)) {
            Problem problem = ProblemType.PAYLOAD_TOO_LARGE.problem("The body has " + declared
                    + " bytes; this service accepts at most " + max
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

    private static boolean isImport(RoutingContext context) {
        String path = context.request().path();
        return path != null && context.request().method() == io.vertx.core.http.HttpMethod.POST
                && path.toLowerCase(java.util.Locale.ROOT).replaceAll("/+$", "").equals("/api/v1/imports");
    }

    private static boolean tooLarge(String declared, long max) {
        try {
            return Long.parseLong(declared.strip()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
