package org.kartoteka.series;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.CaseRecords;

/**
 * The stored level ranges and day deltas (V75) give, at every moment, the series the counting
 * rules compute from the records: once stored, after a change not yet stored (the changed persons
 * are read from their records), and once the change is stored too. The records are committed (the
 * refresh only sees committed ones), in the 1870s, which no other test counts, and nothing of
 * theirs lasts into a later decade.
 */
@QuarkusTest
class StoredLevelsTest {

    private static final List<GroupBy> BREAKDOWNS = Arrays.asList(null, GroupBy.REGION, GroupBy.GENDER, GroupBy.FACILITY);

    @Inject
    EntityManager em;

    @Inject
    StoredLevels stored;

    @Test
    void theStoredRangesGiveTheSeriesTheRulesGiveBeforeAndAfterAChange() throws SQLException {
        UUID[] persons = QuarkusTransaction.requiringNew().call(this::writeRecords);
        storeAll(persons);
        assertThat("the persons' ranges are stored", count("level_range", persons), greaterThan(0L));
        assertSameAsTheRules();

        QuarkusTransaction.requiringNew().run(() -> change(persons));
        assertSameAsTheRules();
        storeAll(persons);
        assertSameAsTheRules();
    }

    /**
     * Refreshes until none of the persons is marked: a refresh another thread of the service runs
     * (after a NOTIFY) holds the lock, and then this one returns at once and that one stores them.
     */
    private void storeAll(UUID[] persons) {
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> {
            stored.refresh();
            return count("level_dirty", persons) == 0;
        });
    }

    private UUID[] writeRecords() {
        CaseRecords records = new CaseRecords(em);
        UUID twoRecognitions = records.person("Brest Region", "FEMALE");
        records.recognition(twoRecognitions, "Viasna", "1871-02-01", "1871-09-01");
        records.recognition(twoRecognitions, "Another tracker", "1871-06", null);
        records.detention(twoRecognitions, null, "PRETRIAL", "1871-01-10", "1871-05-20", "SIZO-1");
        records.detention(twoRecognitions, null, "SENTENCE", "1871-05-20", "1873-12-31", "Colony 3");
        UUID monthOnly = records.person("Minsk", "MALE");
        records.recognition(monthOnly, "Viasna", "1872-03", "1873-04");
        records.detention(monthOnly, null, "HOUSE_ARREST", "1872-02", "1872-11", null);
        UUID notRecognised = records.person();
        records.detention(notRecognised, "PRETRIAL", "1872-06-01", "1872-07-15");
        records.detention(notRecognised, "ADMINISTRATIVE_ARREST", "1872-08-01", "1872-08-15");
        return new UUID[] {twoRecognitions, monthOnly, notRecognised};
    }

    private void change(UUID[] persons) {
        em.createNativeQuery("update recognition set revoked_on = '1872-01-15' where person_id = ?1 and revoked_on is null")
                .setParameter(1, persons[0]).executeUpdate();
        em.createNativeQuery("update person set region = 'Gomel Region', gender = 'FEMALE' where id = ?1")
                .setParameter(1, persons[1]).executeUpdate();
        em.createNativeQuery("delete from detention where person_id = ?1 and kind = 'PRETRIAL'")
                .setParameter(1, persons[2]).executeUpdate();
        new CaseRecords(em).recognition(persons[2], "Viasna", "1872-01-01", "1873-01-01");
        new CaseRecords(em).detention(persons[2], null, "SENTENCE", "1872-09-01", "1873-02-01", "Colony 9");
    }

    private void assertSameAsTheRules() {
        for (String key : SeriesQuery.STORED_LEVELS) {
            for (GroupBy groupBy : BREAKDOWNS) {
                for (Interval interval : List.of(Interval.DAY, Interval.MONTH)) {
                    for (String[] window : List.of(new String[] {"1870-12-01", "1874-01-31"},
                            new String[] {"1872-05-01", "1872-05-31"}, new String[] {"1875-01-01", "1875-03-01"})) {
                        String what = key + " by " + groupBy + " per " + interval + " " + window[0] + ".." + window[1];
                        assertThat(what, rows(SeriesQuery.sql(key, interval, groupBy), window),
                                equalTo(rows(SeriesQuery.rules(key, interval, groupBy, null), window)));
                    }
                }
            }
        }
    }

    private List<String> rows(String sql, String[] window) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql)
                .setParameter("from", LocalDate.parse(window[0])).setParameter("to", LocalDate.parse(window[1]))
                .getResultList().stream().map(row -> Arrays.toString((Object[]) row)).toList());
    }

    private long count(String table, UUID[] persons) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from " + table + " where person_id = any(cast(?1 as uuid[]))")
                .setParameter(1, Arrays.stream(persons).map(UUID::toString).toArray(String[]::new))
                .getSingleResult()).longValue());
    }
}
