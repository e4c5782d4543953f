package org.kartoteka.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kartoteka.asknownon.AsKnownOn;
import org.kartoteka.asknownon.PastRecords;
import org.kartoteka.common.ProblemException;
import org.kartoteka.members.CountedRecord;
import org.kartoteka.members.MembersService;
import org.kartoteka.members.ShownPersons;
import org.kartoteka.metric.MetricKind;
import org.kartoteka.security.Caller;
import org.kartoteka.series.SeriesQuery;

/**
 * Who entered and left a level between two days, in one statement over the ranges the series
 * sums ({@link SeriesQuery#levelRecords}): the values are the persons counted on each day, so
 * {@code to - from = entered - left} holds by construction.
 *
 * <p>The record behind an entry is the range through which the person first counts after
 * {@code from}: its start is a detention's start (DETAINED) or a recognition's date (RECOGNISED).
 * Behind a departure is the range through which the person last counted before {@code to}: its
 * end is a detention's end (RELEASED) or a revocation (RECOGNITION_REVOKED). Either becomes
 * RECORD_CORRECTED when the audit trail shows that this date (or the detention's kind) was changed
 * after it had first been written.
 */
@ApplicationScoped
public class ChangesService {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MembersService members;

    @Inject
    AsKnownOn asKnownOn;

    public Changes changes(ChangesRequest request) {
        String key = members.computedMetric(request.metricKey());
        if (SeriesQuery.kindOf(key) != MetricKind.STOCK) {
            throw ProblemException.invalid("metric", "'" + key + "' counts events over a period; changes compare"
                    + " the levels of two days (political-prisoners, detained). For the persons behind a flow,"
                    + " ask /api/v1/stats/members?metric=" + key + "&from=&to=");
        }
        LocalDate from = request.from();
        LocalDate to = request.to();
        Instant past = asKnownOn.resolve(request.asKnownOn);
        List<Object[]> rows = run(SeriesQuery.levelRecords(key, past == null ? null : PastRecords.tables()), from, to,
                past);
        Object[] first = rows.get(0);
        List<Change> entered = new ArrayList<>();
        List<Change> left = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[4] != null) {
                Change change = new Change((UUID) row[5], (String) row[6], Reason.valueOf((String) row[7]),
                        CountedRecord.of(row, 8, true));
                ("ENTERED".equals(row[4]) ? entered : left).add(change);
            }
        }
        return new Changes(key, new Changes.Value(from, number(first[0])), new Changes.Value(to, number(first[1])),
                past, entered, left, new Changes.NotShown(number(first[2]), number(first[3])));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> run(String ranges, LocalDate from, LocalDate to, Instant past) {
        String auditBound = past == null ? "" : " and " + PastRecords.happened("a");
        String sql = ranges
                + ", at_from as (select distinct person_id from ranges where s <= :from and e > :from)"
                + ", at_to as (select distinct person_id from ranges where s <= :to and e > :to)"
                + ", entered as (select distinct on (r.person_id) r.person_id, 'ENTERED' as direction,"
                + " r.record_id as detention_id, r.s as day from ranges r where r.s > :from and r.s <= :to"
                + " and r.person_id in (select person_id from at_to except select person_id from at_from)"
                + " order by r.person_id, r.s, r.record_id)"
                + ", gone as (select distinct on (r.person_id) r.person_id, 'LEFT' as direction,"
                + " r.record_id as detention_id, r.e as day from ranges r where r.e > :from and r.e <= :to"
                + " and r.person_id in (select person_id from at_from except select person_id from at_to)"
                + " order by r.person_id, r.e desc, r.record_id)"
                + ", moved as (select m.person_id, m.direction, m.day, m.detention_id, case"
                + " when m.direction = 'ENTERED' and d.started_latest = m.day then 'DETAINED'"
                + " when m.direction = 'LEFT' and d.ended_on is not null and d.ended_earliest = m.day then 'RELEASED'"
                + " when m.direction = 'ENTERED' then 'RECOGNISED' else 'RECOGNITION_REVOKED' end as reason"
                + " from (select * from entered union all select * from gone) m join detention d on d.id = m.detention_id)"
                + ", decided as (select distinct on (m.person_id) m.person_id, m.direction, m.reason,"
                + " coalesce(r.id, m.detention_id) as record_id from moved m left join recognition r"
                + " on m.reason in ('RECOGNISED', 'RECOGNITION_REVOKED') and r.person_id = m.person_id and case"
                + " when m.reason = 'RECOGNISED' then r.recognized_latest = m.day"
                + " else r.revoked_on is not null and r.revoked_earliest = m.day end order by m.person_id, r.id)"
                + ", behind as (select " + SeriesQuery.DETENTION_COLUMNS + " from detention d"
                + " union all select " + SeriesQuery.RECOGNITION_COLUMNS + " from recognition r)"
                + ", shown as (select d.*, " + ShownPersons.condition("d.person_id") + " as visible from decided d)"
                + " select c.value_from, c.value_to, c.hidden_entered, c.hidden_left, s.direction, s.person_id,"
                + " " + ShownPersons.name("s.person_id", past != null) + ","
                + " case when " + corrected(auditBound) + " then 'RECORD_CORRECTED' else s.reason end,"
                + " x.record_type, x.record_id, x.kind, x.dated, x.ended, x.counts_from, x.counts_until"
                + " from (select (select count(*) from at_from) as value_from, (select count(*) from at_to) as value_to,"
                + " (select count(*) from shown where not visible and direction = 'ENTERED') as hidden_entered,"
                + " (select count(*) from shown where not visible and direction = 'LEFT') as hidden_left) c"
                + " left join shown s on s.visible"
                + " left join behind x on x.record_id = s.record_id"
                + " order by s.direction, s.person_id";
        return AsKnownOn.bind(em.createNativeQuery(sql), past)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("visible", ShownPersons.visible(caller))
                .getResultList();
    }

    /** Whether the date that places the change was changed after it had first been written. */
    private static String corrected(String auditBound) {
        String field = "(case s.reason when 'DETAINED' then 'started_on' when 'RELEASED' then 'ended_on'"
                + " when 'RECOGNISED' then 'recognized_on' else 'revoked_on' end)";
        return "exists (select 1 from audit_event a where a.entity_id = s.record_id and a.action = 'UPDATE'"
                + auditBound + " and a.before ->> " + field + " is not null and (a.before ->> " + field
                + " is distinct from a.after ->> " + field + " or (s.reason = 'DETAINED'"
                + " and a.before ->> 'kind' is distinct from a.after ->> 'kind')))";
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
