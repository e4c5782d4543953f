package org.kartoteka.audit;

import static org.kartoteka.common.QueryParams.present;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.kartoteka.common.ProblemException;
import org.kartoteka.common.QueryParams;

/** The filters of {@code GET /api/v1/audit}; each one narrows the trail. */
public class AuditFilter {

    private static final Set<String> ACTIONS = Set.of("INSERT", "UPDATE", "DELETE", "MERGE");

    @QueryParam("entity")
    @Parameter(description = "the table, e.g. person, person_name, source, detention_citation")
    public String entity;

    @QueryParam("entityId")
    @Parameter(description = "the record id (child rows carry their parent's id)")
    public String entityId;

    @QueryParam("actor")
    @Parameter(description = "a token id, a token name or 'system'")
    public String actor;

    @QueryParam("action")
    @Parameter(description = "INSERT, UPDATE, DELETE or MERGE (a merge of two persons)")
    public String action;

    @QueryParam("from")
    @Parameter(description = "events at or after this instant (2024-05-01T10:00:00Z) or day (2024-05-01, UTC)")
    public String from;

    @QueryParam("to")
    @Parameter(description = "events at or before this instant, or on or before this day (UTC, inclusive)")
    public String to;

    /** Adds this filter's SQL conditions over alias {@code a} and their parameters. */
    void applyTo(List<String> where, Map<String, Object> params) {
        if (present(entity)) {
            where.add("a.entity = :entity");
            params.put("entity", entity.strip().toLowerCase(Locale.ROOT).replace('-', '_'));
        }
        if (present(entityId)) {
            where.add("a.entity_id = :entityId");
            params.put("entityId", QueryParams.id("entityId", entityId));
        }
        if (present(actor)) {
            where.add("(a.actor_id = :actor or a.actor_name = :actor)");
            params.put("actor", actor.strip());
        }
        if (present(action)) {
            String normalized = action.strip().toUpperCase(Locale.ROOT);
            if (!ACTIONS.contains(normalized)) {
                throw ProblemException.invalid("action", "'" + action + "' is not one of INSERT, UPDATE, DELETE, MERGE");
            }
            where.add("a.action = :action");
            params.put("action", normalized);
        }
        if (present(from)) {
            where.add("a.occurred_at >= :from");
            params.put("from", instant("from", from, false));
        }
        if (present(to)) {
            where.add(isDay(to) ? "a.occurred_at < :to" : "a.occurred_at <= :to");
            params.put("to", instant("to", to, true));
        }
    }

    private static boolean isDay(String value) {
        return value.strip().length() == 10;
    }

    /** An instant, or a UTC day: its start, or for an inclusive end the start of the next day. */
    static Instant instant(String name, String value, boolean endOfDay) {
        String v = value.strip();
        try {
            if (isDay(v)) {
                LocalDate day = LocalDate.parse(v);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "'" + value + "' is neither a day (2024-05-01) nor an instant"
                    + " (2024-05-01T10:00:00Z)");
        }
    }
}
