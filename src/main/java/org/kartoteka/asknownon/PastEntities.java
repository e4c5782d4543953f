package org.kartoteka.asknownon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EntityManager;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Query;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.kartoteka.common.ProblemException;
import org.kartoteka.common.RecordEntity;

/**
 * Records as they stood at an instant, rebuilt as entities from the audit trail (V6): a record is
 * its last event at or before the instant unless that event deleted it; its element collections
 * (names, external ids, citations) are the rows of their tables whose last event by then did not
 * delete them, in list order; a many-to-one association (a charge's article, an observation's
 * metric) is the referenced record as it stood at the same instant. The entities are new
 * instances, never managed: the same view mapping as for a live record turns them into the answer
 * given then.
 */
@ApplicationScoped
public class PastEntities {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Inject
    EntityManager em;

    /** The record of this type and id as it stood at {@code at}; empty when it did not exist then. */
    public <T extends RecordEntity> Optional<T> find(Class<T> type, UUID id, Instant at) {
        List<?> rows = bind(em.createNativeQuery("select cast(a.after as text) from audit_event a where a.entity = ?1"
                + " and a.entity_id = ?2 and a.action <> 'MERGE' and a.occurred_at <= ?3 order by a.id desc limit 1"),
                table(type), id, at).getResultList();
        if (rows.isEmpty() || rows.get(0) == null) {
            return Optional.empty();
        }
        return Optional.of(rebuild(type, parse(rows.get(0)), at));
    }

    /**
     * The record as it stood at {@code at} if {@code visible} accepts it; otherwise a 404 problem
     * naming {@code what}, exactly as for a record that never existed.
     */
    public <T extends RecordEntity> T require(Class<T> type, String what, UUID id, Instant at, Predicate<T> visible) {
        return find(type, id, at).filter(visible).orElseThrow(() -> ProblemException.notFound(what, id));
    }

    /**
     * The records of this type that named {@code owner} in {@code column} ({@code person_id} or
     * {@code case_id}, see V70) at {@code at}, oldest first.
     */
    public <T extends RecordEntity> List<T> referring(Class<T> type, String column, UUID owner, Instant at) {
        if (!column.equals("person_id") && !column.equals("case_id")) {
            throw new IllegalArgumentException("no index on audit events by " + column);
        }
        String named = "(a.after ->> '" + column + "') = cast(?2 as text)";
        List<?> rows = bind(em.createNativeQuery("select cast(e.after as text) from (select distinct on (a.entity_id)"
                + " a.id, a.action, a.after from audit_event a where a.entity = ?1 and a.occurred_at <= ?3"
                + " and a.entity_id in (select n.entity_id from audit_event n where n.entity = ?1 and "
                + named.replace("a.after", "n.after") + ") order by a.entity_id, a.id desc) e"
                + " where e.action <> 'DELETE' and " + named.replace("a.after", "e.after") + " order by e.id"),
                table(type), owner, at).getResultList();
        List<T> records = new ArrayList<>();
        for (Object row : rows) {
            records.add(rebuild(type, parse(row), at));
        }
        return records;
    }

    private <T> T rebuild(Class<T> type, JsonNode row, Instant at) {
        T entity = RowMapping.read(type, row);
        UUID id = UUID.fromString(row.get("id").asText());
        try {
            for (Field field : RowMapping.fields(type)) {
                if (field.isAnnotationPresent(ElementCollection.class)) {
                    field.set(entity, elements(field, id, at));
                } else if (field.isAnnotationPresent(ManyToOne.class)) {
                    field.set(entity, associated(field, row, at));
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot rebuild a " + type.getSimpleName(), e);
        }
        return entity;
    }

    @SuppressWarnings("unchecked")
    private Object associated(Field field, JsonNode row, Instant at) {
        JsonNode id = row.get(RowMapping.joinColumn(field));
        if (id == null || id.isNull()) {
            return null;
        }
        Class<? extends RecordEntity> target = (Class<? extends RecordEntity>) field.getType();
        return find(target, UUID.fromString(id.asText()), at).orElseThrow(() -> new IllegalStateException(
                "the audit trail has no " + target.getSimpleName() + " " + id.asText() + " at " + at));
    }

    private List<Object> elements(Field field, UUID owner, Instant at) {
        String table = field.getAnnotation(CollectionTable.class).name();
        Class<?> type = (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
        List<?> rows = bind(em.createNativeQuery("select cast(e.after as text) from (select distinct on (e.position)"
                + " e.position, e.action, e.after from (select cast(coalesce(a.after, a.before) ->> 'position' as int)"
                + " as position, a.id, a.action, a.after from audit_event a where a.entity = ?1 and a.entity_id = ?2"
                + " and a.occurred_at <= ?3) e order by e.position, e.id desc) e where e.action <> 'DELETE'"
                + " order by e.position"), table, owner, at).getResultList();
        List<Object> elements = new ArrayList<>();
        for (Object row : rows) {
            elements.add(RowMapping.read(type, parse(row)));
        }
        return elements;
    }

    private static Query bind(Query query, String table, UUID id, Instant at) {
        return query.setParameter(1, table).setParameter(2, id)
                .setParameter(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    private static String table(Class<?> type) {
        return type.getAnnotation(Table.class).name();
    }

    private static JsonNode parse(Object row) {
        try {
            return JSON.readTree((String) row);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit event that is not JSON", e);
        }
    }
}
