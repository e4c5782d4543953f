package org.kartoteka.common;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Cursor pagination over an HQL query: orders by one sort key and the id, and continues after the
 * last row of the previous page. Cursors are opaque to clients (base64url of the sort key, its value
 * and the id) and stay valid while records are added, unlike offsets.
 *
 * <p>Build one per request with the sort keys the list offers, add the filter conditions over the
 * alias {@code e}, then call {@link #page}.
 */
public final class Keyset<E extends RecordEntity> {

    /** A sort key: its HQL expression (never null in the data), how to read it off a row and back from a cursor. */
    public record SortKey<E>(String name, String expression, Function<E, Object> valueOf,
            Function<String, Object> parse) {

        public static <E> SortKey<E> text(String name, String expression, Function<E, Object> valueOf) {
            return new SortKey<>(name, expression, valueOf, s -> s);
        }

        public static <E> SortKey<E> instant(String name, String expression, Function<E, Object> valueOf) {
            return new SortKey<>(name, expression, valueOf, Instant::parse);
        }

        public static <E> SortKey<E> date(String name, String expression, Function<E, Object> valueOf) {
            return new SortKey<>(name, expression, valueOf, LocalDate::parse);
        }
    }

    private final Class<E> type;
    private final Map<String, SortKey<E>> sortKeys;
    private final String defaultSort;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    public Keyset(Class<E> type, String defaultSort, List<SortKey<E>> keys) {
        this.type = type;
        this.defaultSort = defaultSort;
        this.sortKeys = keys.stream().collect(Collectors.toMap(SortKey::name, k -> k));
    }

    /** Adds a condition in HQL over alias {@code e}, with its named parameters. */
    public Keyset<E> where(String condition, Map<String, Object> params) {
        conditions.add(condition);
        parameters.putAll(params);
        return this;
    }

    public Keyset<E> where(String condition, String name, Object value) {
        return where(condition, Map.of(name, value));
    }

    public Keyset<E> where(String condition) {
        return where(condition, Map.of());
    }

    public Page<E> page(EntityManager em, PageRequest request) {
        String sort = request.sort == null || request.sort.isBlank() ? defaultSort : request.sort.strip();
        boolean descending = sort.startsWith("-");
        SortKey<E> key = sortKeys.get(descending ? sort.substring(1) : sort);
        if (key == null) {
            throw ProblemException.invalid("sort", "'" + sort + "' is not a sort key of this list; use one of "
                    + sortKeys.keySet().stream().sorted().collect(Collectors.joining(", "))
                    + ", with '-' in front for descending order");
        }
        int limit = request.limit();
        List<String> where = new ArrayList<>(conditions);
        Map<String, Object> params = new HashMap<>(parameters);
        if (request.cursor != null && !request.cursor.isBlank()) {
            Cursor after = Cursor.decode(request.cursor, key);
            String cmp = descending ? "<" : ">";
            // The first, redundant bound lets PostgreSQL start the index scan at the cursor instead of
            // reading (and filtering out) every row before it: pages deep in a list stay as fast as the first.
            where.add(key.expression() + " " + cmp + "= :cursorValue and (" + key.expression() + " " + cmp
                    + " :cursorValue or (" + key.expression() + " = :cursorValue and e.id " + cmp + " :cursorId))");
            params.put("cursorValue", after.value());
            params.put("cursorId", after.id());
        }
        String direction = descending ? " desc" : " asc";
        String hql = "select e from " + type.getSimpleName() + " e"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by " + key.expression() + direction + ", e.id" + direction;
        var query = em.createQuery(hql, type).setMaxResults(limit + 1);
        params.forEach(query::setParameter);
        List<E> rows = query.getResultList();
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<E> items = List.copyOf(rows.subList(0, limit));
        E last = items.get(limit - 1);
        return new Page<>(items, Cursor.encode(key.name(), key.valueOf().apply(last), last.id));
    }

    record Cursor(Object value, UUID id) {

        static String encode(String key, Object value, UUID id) {
            String raw = key + "\n" + value + "\n" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor, SortKey<?> key) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
                int first = raw.indexOf('\n');
                int last = raw.lastIndexOf('\n');
                if (first < 0 || first == last || !raw.substring(0, first).equals(key.name())) {
                    throw new IllegalArgumentException("cursor of another list or sort");
                }
                return new Cursor(key.parse().apply(raw.substring(first + 1, last)),
                        UUID.fromString(raw.substring(last + 1)));
            } catch (RuntimeException e) {
                throw ProblemException.invalid("cursor", "is not a cursor of this list and sort order; pass the"
                        + " nextCursor of the previous page unchanged, with the same sort");
            }
        }
    }
}
