package org.kartoteka.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The per-row report of a job: written a chunk at a time in one JDBC batch (in a transaction of
 * its own, so that it survives the rollback of an atomic job), read a page at a time.
 */
@ApplicationScoped
class ImportReport {

    private static final String INSERT = "insert into import_row (job_id, row_number, external_id, outcome, errors,"
            + " warnings, records, changed_fields, possible_duplicate) values (?, ?, ?, ?, cast(? as jsonb),"
            + " cast(? as jsonb), cast(? as jsonb), ?, cast(? as jsonb))";
    private static final TypeReference<List<RowMessage>> MESSAGES = new TypeReference<>() {};
    private static final TypeReference<Map<String, Object>> RECORDS = new TypeReference<>() {};
    private static final TypeReference<PossibleDuplicate> DUPLICATE = new TypeReference<>() {};

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    void save(UUID jobId, List<RowResult> results) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (RowResult result : results) {
                    insert.setObject(1, jobId);
                    insert.setInt(2, result.row());
                    insert.setString(3, result.externalId());
                    insert.setString(4, result.outcome().name());
                    insert.setString(5, write(result.errors()));
                    insert.setString(6, write(result.warnings()));
                    insert.setString(7, write(result.records()));
                    Array changed = connection.createArrayOf("text", result.changedFields().toArray());
                    insert.setArray(8, changed);
                    insert.setString(9, result.possibleDuplicate() == null ? null : write(result.possibleDuplicate()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Rows after {@code afterRow}, in row order, optionally of one outcome; at most {@code limit}. */
    List<ImportRowView> page(UUID jobId, RowOutcome outcome, int afterRow, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select row_number, external_id, outcome, cast(errors as text),"
                + " cast(warnings as text), cast(records as text), array_to_string(changed_fields, ','),"
                + " cast(possible_duplicate as text)"
                + " from import_row where job_id = ?1 and row_number > ?2 and (?3 = '' or outcome = ?3)"
                + " order by row_number limit ?4")
                .setParameter(1, jobId).setParameter(2, afterRow)
                .setParameter(3, outcome == null ? "" : outcome.name()).setParameter(4, limit)
                .getResultList();
        List<ImportRowView> views = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String changed = (String) r[6];
            views.add(new ImportRowView(((Number) r[0]).intValue(), (String) r[1], RowOutcome.valueOf((String) r[2]),
                    read((String) r[3], MESSAGES), read((String) r[4], MESSAGES), read((String) r[5], RECORDS),
                    changed == null || changed.isEmpty() ? List.of() : Arrays.asList(changed.split(",")),
                    r[7] == null ? null : read((String) r[7], DUPLICATE)));
        }
        return views;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
