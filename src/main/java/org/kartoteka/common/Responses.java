package org.kartoteka.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** The shapes of successful answers every collection shares. */
public final class Responses {

    private Responses() {}

    public static Response created(UriInfo uri, UUID id, String etag, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .header(HttpHeaders.ETAG, etag)
                .entity(body)
                .build();
    }

    public static Response ok(String etag, Object body) {
        return Response.ok(body).header(HttpHeaders.ETAG, etag).build();
    }
}
