package org.kartoteka.common;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request whose path parameters, query parameters or headers hold text PostgreSQL cannot
 * store ({@link StoredText#unstorable}): a 400 problem naming each such parameter, before the
 * caller is authenticated or a resource runs, so that no such value reaches a query.
 */
public class UnstorableParameters {

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100)
    public void refuseUnstorable(ContainerRequestContext request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        check("path parameter ", request.getUriInfo().getPathParameters(true), errors);
        check("query parameter ", request.getUriInfo().getQueryParameters(true), errors);
        check("header ", request.getHeaders(), errors);
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " parameters hold text that cannot be stored; see errors.";
            throw new ProblemException(ProblemType.INVALID_FIELD, detail, errors);
        }
    }

    private static void check(String kind, MultivaluedMap<String, String> values, List<Problem.FieldError> errors) {
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            String nameProblem = StoredText.unstorable(entry.getKey());
            for (String value : entry.getValue()) {
                String problem = nameProblem != null ? nameProblem : value == null ? null : StoredText.unstorable(value);
                if (problem != null) {
                    errors.add(new Problem.FieldError(kind + printable(entry.getKey()), problem));
                    break;
                }
            }
        }
    }

    /** A parameter name fit to be echoed: unstorable characters shown as escapes. */
    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.chars().forEach(c -> out.append(c == 0 || Character.isSurrogate((char) c)
                ? "\\u%04x".formatted(c) : String.valueOf((char) c)));
        return out.toString();
    }
}
