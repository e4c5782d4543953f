package org.kartoteka.members;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kartoteka.Auth;
import org.kartoteka.FigureRecords;
import org.kartoteka.series.SeriesQuery;
import org.kartoteka.series.StoredLevels;

/**
 * The members of a level's day are read from the stored level ranges (V75) for persons whose
 * ranges are up to date, and from their records for persons with pending {@code level_dirty}
 * marks: on each day a range starts or ends (and the days around it), with the ranges stored,
 * with changes pending (records and a visibility; the refresh held off by its lock) and once
 * stored again, the members, their records, total and notShown are those the counting rules give
 * from the records ({@link SeriesQuery#dayRecords}) and the persons' visibility. The records lie
 * in 1881 and 1882, years no other test writes in.
 */
@QuarkusTest
class MembersFromStoredRangesTest {

    /**
     * The days the records' ranges start or end on (as the counting rules read the written dates,
     * before and after the changes), each with the day before and after, and mid-month days.
     */
    private static final List<LocalDate> DAYS = Stream.concat(Stream.of("1881-01-01", "1881-01-05", "1881-02-01",
                    "1881-02-10", "1881-03-01", "1881-03-15", "1881-03-31", "1881-04-01", "1881-04-15", "1881-04-30",
                    "1881-05-01", "1881-05-02", "1881-05-10", "1881-05-31", "1881-06-20", "1881-08-01", "1881-09-01",
                    "1881-10-01", "1881-10-31", "1881-12-20", "1881-12-31", "1882-01-01")
                    .map(LocalDate::parse).flatMap(day -> Stream.of(day.minusDays(1), day, day.plusDays(1))),
            Stream.iterate(LocalDate.parse("1880-12-15"), day -> day.plusMonths(1)).limit(14))
            .distinct().sorted().toList();
    private static final List<String> LEVELS = List.of("political-prisoners", "detained");

    @Inject
    EntityManager em;

    @Inject
    StoredLevels stored;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void membersAreTheRulesOnEachDayStoredPendingAndStoredAgain() throws SQLException {
        FigureRecords records = new FigureRecords(em);
        UUID a = records.person("PUBLIC");
        UUID recognitionOfA = records.recognition(a, "1881-02-10", null);
        records.detention(a, "PRETRIAL", "1881-01-05", "1881-06-20");
        records.detention(a, "SENTENCE", "1881-06-20", null);
        UUID b = records.person("RESTRICTED");
        records.recognition(b, "1881-03", null);
        UUID detentionOfB = records.detention(b, "SENTENCE", "1881-03-15", "1881-09");
        UUID c = records.person("CONFIDENTIAL");
        records.recognition(c, "1881-01-01", "1881-08");
        UUID detentionOfC = records.detention(c, "OPEN_FACILITY", "1881-02-01", null);
        UUID e = records.person("PUBLIC");
        records.recognition(e, "1881-05-01", null);
        records.recognition(e, "1881", null);
        records.detention(e, "PSYCHIATRIC", "1881-05-10", "1882");
        UUID f = records.person("PUBLIC");
        records.recognition(f, "1881-01-01", null);
        records.detention(f, "ADMINISTRATIVE_ARREST", "1881-04-01", "1881-04-15");
        records.detention(f, "PRETRIAL", "1881-10", "1881-10");
        List<UUID> persons = new ArrayList<>(List.of(a, b, c, e, f));
        storeAll(persons);
        assertThat("the persons' ranges are stored", count("level_range", persons), greaterThan(0L));
        assertSameAsTheRulesOnEveryDay(persons);
        boundaryDays(b, c, e);

        List<String> before = members("political-prisoners", "1881-05-15", persons);
        try (Connection lock = dataSource.getConnection()) {
            advisoryLock(lock, "pg_advisory_lock");
            try {
                records.revoke(recognitionOfA, "1881-04-01");
                records.endDetention(detentionOfB, "1881-05");
                records.deleteDetention(detentionOfC);
                UUID g = records.person("PUBLIC");
                records.recognition(g, "1881-04", "1881-12-20");
                records.detention(g, "HOUSE_ARREST", "1881-05-02", null);
                persons.add(g);
                records.visibility(e, "RESTRICTED");
                assertThat("the changes are still pending", count("level_dirty", persons), greaterThan(0L));
                assertThat("a stored range is out of date", count("level_range", List.of(g)), equalTo(0L));
                assertNotEquals(before, members("political-prisoners", "1881-05-15", persons),
                        "the pending changes change the members");
                assertSameAsTheRulesOnEveryDay(persons);
                assertThat("still pending", count("level_dirty", persons), greaterThan(0L));
            } finally {
                advisoryLock(lock, "pg_advisory_unlock");
            }
        }
        storeAll(persons);
        assertSameAsTheRulesOnEveryDay(persons);
    }

    private void boundaryDays(UUID b, UUID c, UUID e) {
        assertEquals(List.of(), ids("political-prisoners", "1881-03-30", List.of(b)), "recognised \"1881-03\"");
        assertEquals(List.of(b.toString()), ids("political-prisoners", "1881-03-31", List.of(b)));
        assertEquals(List.of(b.toString()), ids("political-prisoners", "1881-08-31", List.of(b)));
        assertEquals(List.of(), ids("political-prisoners", "1881-09-01", List.of(b)), "ended \"1881-09\"");
        assertEquals(List.of(c.toString()), ids("political-prisoners", "1881-07-31", List.of(c)));
        assertEquals(List.of(), ids("political-prisoners", "1881-08-01", List.of(c)), "revoked \"1881-08\"");
        assertEquals(List.of(c.toString()), ids("detained", "1881-08-01", List.of(c)), "still detained");
        assertEquals(List.of(e.toString()), ids("political-prisoners", "1881-12-31", List.of(e)));
        assertEquals(List.of(), ids("political-prisoners", "1882-01-01", List.of(e)), "ended \"1882\"");
    }

    /**
     * On each of the days, both levels: the members among the persons and their records, the total
     * and notShown, as the admin and anonymously (PUBLIC persons only).
     */
    private void assertSameAsTheRulesOnEveryDay(List<UUID> persons) {
        List<UUID> publicPersons = persons.stream().filter(this::isPublic).toList();
        for (String metric : LEVELS) {
            for (LocalDate day : DAYS) {
                JsonPath body = page(metric, day.toString());
                String what = metric + " on " + day;
                assertEquals(rules(metric, day, persons), records(body, persons), what);
                assertEquals(rulesCount(metric, day, ""), body.getLong("total"), what + ": total");
                assertEquals(0, body.getLong("notShown"), what + ": notShown for the admin");
                JsonPath anonymous = page(Auth.anonymously(), metric, day.toString());
                assertEquals(rules(metric, day, publicPersons), records(anonymous, persons), what + ", anonymously");
                assertEquals(rulesCount(metric, day, " where p.visibility <> 'PUBLIC'"), anonymous.getLong("notShown"),
                        what + ": notShown anonymously");
            }
        }
    }

    private static JsonPath page(String metric, String day) {
        return page(Auth.asAdmin(), metric, day);
    }

    private static JsonPath page(RequestSpecification caller, String metric, String day) {
        return caller
                .when()
                .get("/api/v1/stats/members?metric=" + metric + "&limit=500&date=" + day)
                .then()
                .statusCode(200)
                .extract().jsonPath();
    }

    /** The persons' records on the page, one line each, in the order given. */
    private static List<String> records(JsonPath body, List<UUID> persons) {
        List<String> lines = new ArrayList<>();
        List<Map<String, Object>> items = body.getList("items");
        for (Map<String, Object> item : items) {
            if (!persons.contains(UUID.fromString((String) item.get("personId")))) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> counted = (List<Map<String, Object>>) item.get("records");
            for (Map<String, Object> r : counted) {
                lines.add(line(item.get("personId"), r.get("type"), r.get("id"), r.get("kind"), r.get("date"),
                        r.get("endDate"), r.get("countsFrom"), r.get("countsUntil")));
            }
        }
        return lines;
    }

    private List<String> members(String metric, String day, List<UUID> persons) {
        return records(page(metric, day), persons);
    }

    private List<String> ids(String metric, String day, List<UUID> persons) {
        List<Map<String, Object>> items = page(metric, day).getList("items");
        return items.stream().map(item -> (String) item.get("personId"))
                .filter(id -> persons.contains(UUID.fromString(id))).toList();
    }

    /** The same lines straight from the counting rules over the records, in the members' order. */
    private List<String> rules(String metric, LocalDate day, List<UUID> persons) {
        String sql = SeriesQuery.dayRecords(metric, null) + " select person_id, record_type, record_id, kind, dated,"
                + " ended, counts_from, counts_until from counted where person_id = any(cast(:persons as uuid[]))"
                + " order by person_id, counts_from, record_type, record_id";
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql)
                .setParameter("to", day)
                .setParameter("persons", persons.stream().map(UUID::toString).toArray(String[]::new))
                .getResultList());
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> line(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7])).toList();
    }

    /** The persons the rules count on the day, those of the condition on their person {@code p} only. */
    private long rulesCount(String metric, LocalDate day, String condition) {
        String sql = SeriesQuery.dayRecords(metric, null) + " select count(distinct c.person_id) from counted c"
                + " join person p on p.id = c.person_id" + condition;
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter("to", day).getSingleResult()).longValue());
    }

    private boolean isPublic(UUID person) {
        return QuarkusTransaction.requiringNew().call(() -> "PUBLIC".equals(em.createNativeQuery(
                "select visibility from person where id = ?1").setParameter(1, person).getSingleResult()));
    }

    private static String line(Object... values) {
        return String.join("|", Arrays.stream(values).map(value -> Objects.toString(value, "")).toList());
    }

    /**
     * Takes or gives back the refresh's lock on this connection (a session lock: it outlives the
     * connection's return to the pool unless given back): while held, marks stay pending.
     */
    private static void advisoryLock(Connection connection, String function) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select " + function + "(?)")) {
            lock.setLong(1, StoredLevels.LOCK);
            lock.execute();
        }
    }

    /** Refreshes until none of the persons is marked (a refresh after a NOTIFY may hold the lock). */
    private void storeAll(List<UUID> persons) {
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> {
            stored.refresh();
            return count("level_dirty", persons) == 0;
        });
    }

    private long count(String table, List<UUID> persons) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from " + table + " where person_id = any(cast(?1 as uuid[]))")
                .setParameter(1, persons.stream().map(UUID::toString).toArray(String[]::new))
                .getSingleResult()).longValue());
    }
}
