package org.kartoteka.series;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kartoteka.CaseRecords;

/**
 * The counting rules of docs/counting.md, day by day. Each test writes its records in a year of its
 * own long before any real data and rolls them back, so the counts are exactly its own records.
 */
@QuarkusTest
@TestTransaction
class CountingRulesTest {

    @Inject
    EntityManager em;

    @Inject
    SeriesService series;

    CaseRecords records;

    @BeforeEach
    void setUp() {
        records = new CaseRecords(em);
    }

    @Test
    void aDetentionCountsFromItsFirstDayAndNotOnItsLastDay() {
        UUID p = records.person();
        records.recognition(p, "Viasna", "1901-03-01", null);
        records.detention(p, "PRETRIAL", "1901-03-10", "1901-03-20");
        assertEquals(0, prisonersOn("1901-03-09"));
        assertEquals(1, prisonersOn("1901-03-10"));
        assertEquals(1, prisonersOn("1901-03-19"));
        assertEquals(0, prisonersOn("1901-03-20"), "a detention ending on D does not count on D");
    }

    @Test
    void aMonthStartCountsFromTheMonthsLastDayAndAMonthEndStopsOnItsFirstDay() {
        UUID startsInMarch = records.person();
        records.recognition(startsInMarch, "Viasna", "1902-01-01", null);
        records.detention(startsInMarch, "SENTENCE", "1902-03", null);
        UUID endsInMarch = records.person();
        records.recognition(endsInMarch, "Viasna", "1902-01-01", null);
        records.detention(endsInMarch, "SENTENCE", "1902-01-01", "1902-03");
        assertEquals(1, prisonersOn("1902-02-28"));
        assertEquals(0, prisonersOn("1902-03-01"), "ended \"1902-03\" may have ended on 03-01; started \"1902-03\""
                + " is not certain before 03-31");
        assertEquals(0, prisonersOn("1902-03-30"));
        assertEquals(1, prisonersOn("1902-03-31"));
    }

    @Test
    void aYearStartCountsFromTheLastDayOfTheYearAndAYearEndStopsOnItsFirstDay() {
        UUID p = records.person();
        records.recognition(p, "Viasna", "1903", null);
        records.detention(p, "PRETRIAL", "1903", null);
        UUID q = records.person();
        records.recognition(q, "Viasna", "1900-01-01", null);
        records.detention(q, "PRETRIAL", "1900-01-01", "1903");
        assertEquals(1, prisonersOn("1902-12-31"));
        assertEquals(0, prisonersOn("1903-01-01"));
        assertEquals(0, prisonersOn("1903-12-30"));
        assertEquals(1, prisonersOn("1903-12-31"));
    }

    @Test
    void aRevokedRecognitionStopsCountingOnTheEarliestRevocationDay() {
        UUID day = records.person();
        records.recognition(day, "Viasna", "1904-01-01", "1904-05-10");
        records.detention(day, "SENTENCE", "1904-01-01", null);
        UUID month = records.person();
        records.recognition(month, "Viasna", "1904-01-01", "1904-08");
        records.detention(month, "SENTENCE", "1904-01-01", null);
        assertEquals(2, prisonersOn("1904-05-09"));
        assertEquals(1, prisonersOn("1904-05-10"), "not counted on the revocation day");
        assertEquals(1, prisonersOn("1904-07-31"));
        assertEquals(0, prisonersOn("1904-08-01"), "revoked \"1904-08\" may be revoked on 08-01");
    }

    @Test
    void aRecognitionAfterReleaseCountsNoDay() {
        UUID p = records.person();
        records.detention(p, "PRETRIAL", "1905-01-01", "1905-02-01");
        records.recognition(p, "Viasna", "1905-03-01", null);
        assertEquals(0, prisonersOn("1905-01-15"), "not yet recognised");
        assertEquals(0, prisonersOn("1905-03-05"), "recognised after release");
        assertEquals(1, series.valueOn("detained", LocalDate.parse("1905-01-15")));
    }

    @Test
    void administrativeArrestsNeverCount() {
        UUID p = records.person();
        records.recognition(p, "Viasna", "1906-01-01", null);
        records.detention(p, "ADMINISTRATIVE_ARREST", "1906-01-02", "1906-01-17");
        assertEquals(0, prisonersOn("1906-01-10"));
        assertEquals(0, series.valueOn("detained", LocalDate.parse("1906-01-10")));
        assertEquals(0, series.valueOn("new-detentions", LocalDate.parse("1906-01-02")));
    }

    @Test
    void aPersonRecognisedByTwoOrganisationsCountsOnce() {
        UUID p = records.person();
        records.recognition(p, "Viasna", "1907-01-01", null);
        records.recognition(p, "Another tracker", "1907-02-01", null);
        records.detention(p, "HOUSE_ARREST", "1907-01-01", null);
        assertEquals(1, prisonersOn("1907-03-01"));
        assertEquals(1, series.valueOn("recognitions", LocalDate.parse("1907-01-01")));
        assertEquals(1, points("recognitions", "1907-01-01", "1907-12-31", "year").get(0).value());
    }

    @Test
    void otherDetentionsCountAsDetainedButNotAsPoliticalPrisoners() {
        UUID p = records.person();
        records.recognition(p, "Viasna", "1908-01-01", null);
        records.detention(p, "OTHER", "1908-01-01", null);
        assertEquals(0, prisonersOn("1908-02-01"));
        assertEquals(1, series.valueOn("detained", LocalDate.parse("1908-02-01")));
    }

    @Test
    void aDetentionWithAnUnknownEndCountsForNoDayAndIsNoNewDetentionOrRelease() {
        UUID p = records.person();
        records.recognition(p, "Viasna", "1913-01-01", null);
        records.detentionWithUnknownEnd(p, "PRETRIAL", "1913-02-10");
        assertEquals(0, prisonersOn("1913-02-10"), "the person may have been released the day they were taken");
        assertEquals(0, prisonersOn("1913-06-01"));
        assertEquals(0, series.valueOn("detained", LocalDate.parse("1913-02-10")));
        assertEquals(List.of(0L, 0L, 0L), values("new-detentions", "1913-01-01", "1913-03-31"));
        assertEquals(List.of(0L, 0L, 0L), values("releases", "1913-01-01", "1913-03-31"));
    }

    @Test
    void aLevelPerIntervalIsTheLevelOnItsLastDay() {
        UUID p = records.person();
        records.recognition(p, "Viasna", "1909-01-01", null);
        records.detention(p, "PRETRIAL", "1909-01-15", "1909-03-15");
        List<Series.Point> months = points("political-prisoners", "1909-01-01", "1909-04-30", "month");
        assertEquals(List.of(1L, 1L, 0L, 0L), months.stream().map(Series.Point::value).toList());
        assertEquals(LocalDate.parse("1909-01-31"), months.get(0).end());
    }

    @Test
    void aHandoverFromPretrialToSentenceIsNeitherAReleaseNorANewDetention() {
        UUID p = records.person();
        records.detention(p, "PRETRIAL", "1910-02-10", "1910-05-10");
        records.detention(p, "SENTENCE", "1910-05-10", "1910-09-01");
        assertEquals(List.of(1L, 0L, 0L, 0L), values("new-detentions", "1910-02-01", "1910-05-31"));
        assertEquals(List.of(0L, 0L, 0L, 0L, 1L), values("releases", "1910-05-01", "1910-09-30"));
        assertEquals(1, series.valueOn("detained", LocalDate.parse("1910-05-10")));
    }

    @Test
    void convictionsCountPersonsByTheLatestVerdictDay() {
        UUID p = records.person();
        UUID firstCase = records.caseFile(p);
        UUID secondCase = records.caseFile(p);
        records.trial(firstCase, "CONVICTED", "1911-04", "PENAL_COLONY");
        records.trial(secondCase, "CONVICTED", "1911-04-02", "FINE");
        records.trial(records.caseFile(records.person()), "ACQUITTED", "1911-04-03", null);
        assertEquals(List.of(0L, 1L), values("convictions", "1911-03-01", "1911-04-30"));
        assertEquals(1, series.valueOn("convictions", LocalDate.parse("1911-04-02")),
                "the verdict known to the day counts on its day");
        assertEquals(1, series.valueOn("convictions", LocalDate.parse("1911-04-30")));
    }

    /** Three persons, so that the anonymous breakdown of this test context shows its cells. */
    @Test
    void aBreakdownByArticleCountsAPersonOncePerArticle() {
        UUID article = records.article("342");
        UUID other = records.article("361-1");
        for (int i = 0; i < 3; i++) {
            UUID p = records.person();
            UUID caseId = records.caseFile(p);
            records.charge(caseId, article);
            records.charge(caseId, article);
            records.charge(caseId, other);
            records.detention(p, caseId, "PRETRIAL", "1912-01-10", null, "SIZO-1");
        }
        SeriesRequest request = new SeriesRequest();
        request.metric = "detained";
        request.from = "1912-02-01";
        request.to = "1912-02-01";
        request.groupBy = "article";
        List<Series.Group> groups = series.series(request).groups();
        assertEquals(List.of("BY-CC 342", "BY-CC 361-1"), groups.stream().map(Series.Group::group).toList());
        assertEquals(List.of(3L, 3L), groups.stream().map(g -> g.points().get(0).value()).toList(),
                "two charges under one article make one person, not two");
    }

    private long prisonersOn(String day) {
        return series.valueOn("political-prisoners", LocalDate.parse(day));
    }

    private List<Long> values(String metric, String from, String to) {
        return points(metric, from, to, "month").stream().map(Series.Point::value).toList();
    }

    private List<Series.Point> points(String metric, String from, String to, String interval) {
        SeriesRequest request = new SeriesRequest();
        request.metric = metric;
        request.from = from;
        request.to = to;
        request.interval = interval;
        return series.series(request).points();
    }
}
