package org.kartoteka.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import java.lang.reflect.ParameterizedType;
import java.util.Locale;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import java.util.List;
import org.kartoteka.common.Listing;
import org.kartoteka.common.Page;
import org.kartoteka.common.ProblemException;
import org.kartoteka.common.ProblemType;
import org.kartoteka.security.Caller;
import org.kartoteka.security.Role;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.Priorities;

/**
 * {@code Accept: text/csv} on every list: the list runs as usual (its filters, paging and
 * visibility rules included) and its page is written as CSV instead of JSON, with the next page
 * in a {@code Link: <...>; rel="next"} header. Lists only: other answers (a record, a problem)
 * stay JSON. Whole collections without paging are {@code /api/v1/export/{collection}.csv}. The row
 * report of an import answers CSV itself, to whoever started the import (ImportResource).
 */
public class CsvNegotiation {

    private static final String WANTS_CSV = "kartoteka.csv";

    @Inject
    ObjectMapper json;

    @Inject
    Caller caller;

    @ServerRequestFilter(preMatching = true)
    public void negotiate(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        String path = request.getUriInfo().getPath();
        if ("GET".equals(request.getMethod()) && accept != null && prefersCsv(accept)
                && path.startsWith("/api/v1/") && !path.startsWith("/api/v1/export")
                && !path.startsWith("/api/v1/imports")) {
            request.setProperty(WANTS_CSV, Boolean.TRUE);
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        }
    }

    /**
     * CSV is the auditors' format (DESIGN.md section 6): on a list as in the exports, only the
     * auditor and admin roles get it. Runs after the access filter has authenticated the caller.
     */
    @ServerRequestFilter(priority = Priorities.USER + 200)
    public void onlyForAuditors(ContainerRequestContext request) {
        if (request.getProperty(WANTS_CSV) == null) {
            return;
        }
        Role role = caller.role();
        if (role == Role.ANONYMOUS) {
            throw new UnauthorizedException();
        }
        if (role != Role.AUDITOR && role != Role.ADMIN) {
            throw new ProblemException(ProblemType.FORBIDDEN, "CSV is for the auditor and admin roles; the "
                    + role.apiName() + " role reads this list as JSON (send Accept: application/json).");
        }
    }

    @ServerResponseFilter
    public void writeCsv(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        if (request.getProperty(WANTS_CSV) == null || response.getStatus() != 200) {
            return;
        }
        List<?> items;
        String nextCursor;
        Class<?> type;
        if (response.getEntity() instanceof Page<?> page) {
            items = page.items();
            nextCursor = page.nextCursor();
            type = itemType(resource);
        } else if (response.getEntity() instanceof Listing<?> listing) {
            items = listing.items();
            nextCursor = listing.nextCursor();
            type = listing.itemType();
        } else {
            return;
        }
        if (type == null) {
            return;
        }
        StreamingOutput body = out -> new CsvListWriter(json).write(items, type, out);
        if (nextCursor != null) {
            String next = UriBuilder.fromUri(request.getUriInfo().getRequestUri())
                    .replaceQueryParam("cursor", nextCursor).build().toString();
            response.getHeaders().add("Link", "<" + next + ">; rel=\"next\"");
        }
        response.setEntity(body, new java.lang.annotation.Annotation[0], MediaType.valueOf(ExportResource.CSV));
    }

    /** The item record of the list method's {@code Page<Item>} return type. */
    private static Class<?> itemType(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null
                || !(resource.getResourceMethod().getGenericReturnType() instanceof ParameterizedType page)) {
            return null;
        }
        return page.getActualTypeArguments()[0] instanceof Class<?> item && item.isRecord() ? item : null;
    }

    /** Whether text/csv is asked for and JSON is not (a browser's Accept keeps JSON). */
    private static boolean prefersCsv(String accept) {
        String lower = accept.toLowerCase(Locale.ROOT);
        return lower.contains("text/csv") && !lower.contains("application/json");
    }
}
