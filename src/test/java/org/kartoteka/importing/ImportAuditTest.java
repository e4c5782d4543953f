package org.kartoteka.importing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;
import org.kartoteka.security.Role;

/**
 * The audit trail of an import, row for row: however the writes are batched, every row of every
 * record table the import wrote has exactly one INSERT event, by the importing token, with the
 * request id {@code import:<jobId>}, holding the row exactly as stored.
 */
@QuarkusTest
class ImportAuditTest {

    /** The rows of each table that belong to the persons in the temporary table {@code imported(id)}. */
    private static final Map<String, String> ROWS_OF_IMPORTED = new LinkedHashMap<>();

    static {
        String cases = "(select c.id from case_file c join imported i on i.id = c.person_id)";
        String charges = "(select g.id from charge g where g.case_id in " + cases + ")";
        ROWS_OF_IMPORTED.put("person", "id in (select id from imported)");
        ROWS_OF_IMPORTED.put("person_name", "person_id in (select id from imported)");
        ROWS_OF_IMPORTED.put("person_external_id", "person_id in (select id from imported)");
        ROWS_OF_IMPORTED.put("person_citation", "person_id in (select id from imported)");
        ROWS_OF_IMPORTED.put("case_file", "id in " + cases);
        ROWS_OF_IMPORTED.put("case_file_citation", "case_file_id in " + cases);
        ROWS_OF_IMPORTED.put("charge", "id in " + charges);
        ROWS_OF_IMPORTED.put("charge_citation", "charge_id in " + charges);
        ROWS_OF_IMPORTED.put("trial", "case_id in " + cases);
        ROWS_OF_IMPORTED.put("trial_citation", "trial_id in (select t.id from trial t where t.case_id in " + cases + ")");
        ROWS_OF_IMPORTED.put("detention", "person_id in (select id from imported)");
        ROWS_OF_IMPORTED.put("detention_citation",
                "detention_id in (select d.id from detention d join imported i on i.id = d.person_id)");
        ROWS_OF_IMPORTED.put("recognition", "person_id in (select id from imported)");
        ROWS_OF_IMPORTED.put("recognition_citation",
                "recognition_id in (select r.id from recognition r join imported i on i.id = r.person_id)");
    }

    @Inject
    EntityManager em;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private String row(int n, String arrested, String release) {
        return "a" + tag + ":" + n + ",Audit Test" + tag + " " + n + ",Аўдыт " + n + ",f,1985,Brest,teacher,former,"
                + arrested + "," + release + ",Penal colony No. 4,"
                + "Part 2 of Art. 293 of the Criminal Code — Participation in riots,ч. 2 ст. 342 УК,Brest Regional Court,"
                + "Sidorov,2021-09-17,3 years,imprisonment in a general-regime penal colony,2021-04,x|y\n";
    }

    @Test
    void everyRowTheImportWroteHasOneInsertEventHoldingItAsStored() {
        String source = Fixtures.source("Audited register " + tag);
        JsonPath job = Imports.run(Role.RESEARCHER, Imports.HEADER + row(1, "2021-03-17", "2023-05-02")
                + row(2, "2021-04", "") + row(3, "2021", "2024-01-09"), Map.of("source", source));
        assertThat(job.getInt("created"), equalTo(3));
        String requestId = "import:" + job.getString("id");

        Map<String, long[]> counts = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("create temp table imported on commit drop as select x.person_id as id"
                    + " from person_external_id x where x.scheme = ?1").setParameter(1, "a" + tag).executeUpdate();
            Map<String, long[]> byTable = new LinkedHashMap<>();
            ROWS_OF_IMPORTED.forEach((table, belongs) -> byTable.put(table, new long[] {
                count("select count(*) from " + table + " where " + belongs, null),
                count("select count(*) from audit_event a where a.request_id = ?1 and a.entity = '" + table + "'",
                        requestId),
                count("select count(*) from audit_event a where a.request_id = ?1 and a.entity = '" + table + "'"
                        + " and a.action = 'INSERT' and a.before is null and exists (select 1 from " + table + " t"
                        + " where " + belongs + " and to_jsonb(t) = a.after)", requestId)}));
            return byTable;
        });

        counts.forEach((table, c) -> {
            assertThat(table + " has rows", c[0] > 0, equalTo(true));
            assertThat(table + ": one event per row", c[1], equalTo(c[0]));
            assertThat(table + ": each event holds its row as stored", c[2], equalTo(c[0]));
        });
        assertThat(eventsOutside(requestId), equalTo(0L));
        assertThat(actorsOf(requestId), contains(List.of("researcher", "test researcher")));
    }

    private long count(String sql, String requestId) {
        var query = em.createNativeQuery(sql);
        if (requestId != null) {
            query.setParameter(1, requestId);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Events of the job on other tables than the record tables a row writes. */
    private long eventsOutside(String requestId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_event where request_id = ?1 and not (entity = any(string_to_array(?2, ',')))")
                .setParameter(1, requestId).setParameter(2, String.join(",", ROWS_OF_IMPORTED.keySet()))
                .getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<List<Object>> actorsOf(String requestId) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select distinct actor_role, actor_name from audit_event where request_id = ?1")
                .setParameter(1, requestId).getResultList());
        return rows.stream().map(List::of).toList();
    }
}
