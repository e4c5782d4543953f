package org.kartoteka.person;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.kartoteka.common.Problem;
import org.kartoteka.common.ProblemType;

/**
 * A merged person's id: a read ({@code GET}, {@code HEAD}) answers 308 to the same path under the
 * survivor's id, so a client that follows redirects reads the survivor; anything else is a 410
 * problem whose {@code mergedInto} names the survivor.
 */
public class MergedPersonMapper {

    private static final Set<String> READS = Set.of("GET", "HEAD");

    @ServerExceptionMapper
    public Response merged(MergedPersonException e, UriInfo uri, Request request) {
        String path = uri.getPath().replace(e.merged().toString(), e.survivor().toString());
        if (READS.contains(request.getMethod())) {
            return Response.status(308).location(uri.getRequestUriBuilder().replacePath(path).build())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
        }
        ProblemType type = ProblemType.MERGED;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri());
        body.put("title", type.title());
        body.put("status", type.status());
        body.put("detail", e.getMessage() + " Send the change to " + path + " instead (read it first for its ETag).");
        body.put("instance", uri.getPath());
        body.put("mergedInto", e.survivor());
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(body).build();
    }
}
