package org.kartoteka.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kartoteka.common.Page;
import org.kartoteka.common.PageRequest;
import org.kartoteka.common.ProblemException;
import org.kartoteka.common.Visibility;
import org.kartoteka.security.Caller;

/**
 * Reads the audit trail. Callers who may not see CONFIDENTIAL persons (auditors, researchers) get
 * the rows of persons who are or ever were CONFIDENTIAL with their identifying fields nulled by
 * the SQL function {@code audit_redact} (docs/audit.md lists the fields).
 */
@ApplicationScoped
public class AuditService {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    /** A page of the trail in id order, filtered; the cursor is the last id of the previous page. */
    public Page<AuditEventView> list(AuditFilter filter, PageRequest page) {
        if (org.kartoteka.common.QueryParams.present(page.sort) && !page.sort.strip().equals("id")) {
            throw ProblemException.invalid("sort", "the audit trail is ordered by id only; leave sort out");
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        filter.applyTo(where, params);
        if (page.cursor != null && !page.cursor.isBlank()) {
            where.add("a.id > :cursor");
            params.put("cursor", cursor(page.cursor));
        }
        int limit = page.limit();
        List<AuditEventView> rows = query(where, params, limit + 1);
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<AuditEventView> items = List.copyOf(rows.subList(0, limit));
        return new Page<>(items, Long.toString(items.get(limit - 1).id()));
    }

    /** Every event of a record and of its child rows in these tables, oldest first. */
    public List<AuditEventView> history(UUID id, List<String> tables) {
        return query(List.of("a.entity_id = :id", "a.entity in (:tables)"), Map.of("id", id, "tables", tables),
                Integer.MAX_VALUE);
    }

    private List<AuditEventView> query(List<String> where, Map<String, Object> params, int limit) {
        boolean redact = !caller.maySee(Visibility.CONFIDENTIAL);
        String sql = "select a.id, a.event_id, a.occurred_at, a.actor_id, a.actor_name, a.actor_role, a.request_id,"
                + " a.entity, a.entity_id, a.action, " + doc("before", redact) + ", " + doc("after", redact)
                + " from audit_event a"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by a.id";
        var query = em.createNativeQuery(sql, Object[].class);
        params.forEach(query::setParameter);
        if (limit != Integer.MAX_VALUE) {
            query.setMaxResults(limit);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(this::view).toList();
    }

    private static String doc(String column, boolean redact) {
        if (!redact) {
            return "a." + column + "::text";
        }
        return "(case when " + AuditRedaction.condition() + " then audit_redact(a.entity, a." + column + ") else a." + column + " end)::text";
    }

    private AuditEventView view(Object[] row) {
        return new AuditEventView(((Number) row[0]).longValue(), (UUID) row[1], instant(row[2]),
                new Actor((String) row[3], (String) row[4], (String) row[5]), (String) row[6], (String) row[7],
                (UUID) row[8], (String) row[9], parse((String) row[10]), parse((String) row[11]));
    }

    private JsonNode parse(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit_event holds invalid JSON", e);
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private static long cursor(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("cursor", "is not a cursor of the audit trail; pass the nextCursor of"
                    + " the previous page unchanged");
        }
    }
}
