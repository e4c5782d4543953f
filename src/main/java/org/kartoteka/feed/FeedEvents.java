package org.kartoteka.feed;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kartoteka.observation.Qualifier;

/**
 * Reads the latest public events for the feeds, newest change first: only PUBLIC persons' facts
 * (a restricted or confidential person is never named), and of their sources only the PUBLIC ones.
 */
@ApplicationScoped
class FeedEvents {

    /** Entries per feed: what a feed reader keeps between two polls. */
    static final int LIMIT = 50;

    /** Detentions that a release ends: those the political-prisoner count is made of. */
    private static final String COUNTED_DETENTIONS = "('PRETRIAL', 'SENTENCE', 'OPEN_FACILITY', 'HOUSE_ARREST',"
            + " 'PSYCHIATRIC')";

    private static final String EVENTS = """
            select * from (
              select 'RECOGNITION' as kind, r.id, r.updated_at, r.recognized_on as on_date, p.id as person_id,
                p.display_name as person_name, r.recognized_by as detail, null as metric_key, null as label,
                null as label_en, null as label_be, null as label_ru, null::numeric as value, null as qualifier
              from recognition r join person p on p.id = r.person_id
              where p.visibility = 'PUBLIC'
              union all
              select 'RELEASE', d.id, d.updated_at, d.ended_on, p.id, p.display_name, d.end_reason,
                null, null, null, null, null, null, null
              from detention d join person p on p.id = d.person_id
              where p.visibility = 'PUBLIC' and (d.ended_on is not null or d.end_unknown)
                and d.kind in %s
                and coalesce(d.end_reason, '') not in ('TRANSFERRED', 'SENTENCE_CHANGED')
              union all
              select 'VERDICT', t.id, t.updated_at, t.verdict_on, p.id, p.display_name, t.verdict,
                null, null, null, null, null, null, null
              from trial t join case_file c on c.id = t.case_id join person p on p.id = c.person_id
              where p.visibility = 'PUBLIC' and t.verdict <> 'PENDING'
              union all
              select 'FIGURE', o.id, o.updated_at, coalesce(o.as_of, o.period_end), null, null, o.publisher,
                m.key, m.label, m.label_en, m.label_be, m.label_ru, o.value, o.qualifier
              from observation o join metric m on m.id = o.metric_id
            ) e
            where (cast(? as text) is null or e.kind = ?) and (cast(? as text) is null or e.metric_key = ?)
            order by e.updated_at desc, e.id
            limit ?""".formatted(COUNTED_DETENTIONS);

    private static final String SOURCES = """
            select c.record_id, s.title, s.url from (
              select recognition_id as record_id, source_id, position from recognition_citation
              union all select detention_id, source_id, position from detention_citation
              union all select trial_id, source_id, position from trial_citation
              union all select observation_id, source_id, position from observation_citation
            ) c join source s on s.id = c.source_id
            where s.visibility = 'PUBLIC' and c.record_id = any(?)
            order by c.record_id, c.position""";

    @Inject
    AgroalDataSource dataSource;

    List<FeedEvent> latest(FeedKind kind, String metricKey) {
        try (Connection connection = dataSource.getConnection()) {
            List<FeedEvent> events = events(connection, kind, metricKey);
            Map<UUID, List<FeedEvent.SourceLink>> sources = sources(connection, events);
            return events.stream().map(e -> e.withSources(sources.getOrDefault(e.id(), List.of()))).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("The feed could not be read", e);
        }
    }

    private static List<FeedEvent> events(Connection connection, FeedKind kind, String metricKey)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(EVENTS)) {
            String kindName = kind == null ? null : kind.name();
            query.setString(1, kindName);
            query.setString(2, kindName);
            query.setString(3, metricKey);
            query.setString(4, metricKey);
            query.setInt(5, LIMIT);
            List<FeedEvent> events = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    events.add(event(row));
                }
            }
            return events;
        }
    }

    private static FeedEvent event(ResultSet row) throws SQLException {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("", row.getString("label"));
        labels.put("en", row.getString("label_en"));
        labels.put("be", row.getString("label_be"));
        labels.put("ru", row.getString("label_ru"));
        String qualifier = row.getString("qualifier");
        return new FeedEvent(FeedKind.valueOf(row.getString("kind")), row.getObject("id", UUID.class),
                row.getTimestamp("updated_at").toInstant(), row.getString("on_date"),
                row.getObject("person_id", UUID.class), row.getString("person_name"), row.getString("detail"),
                row.getString("metric_key"), labels, row.getBigDecimal("value"),
                qualifier == null ? null : Qualifier.valueOf(qualifier), List.of());
    }

    private static Map<UUID, List<FeedEvent.SourceLink>> sources(Connection connection, List<FeedEvent> events)
            throws SQLException {
        Map<UUID, List<FeedEvent.SourceLink>> sources = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(SOURCES)) {
            query.setArray(1, connection.createArrayOf("uuid", events.stream().map(FeedEvent::id).toArray()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    sources.computeIfAbsent(row.getObject("record_id", UUID.class), id -> new ArrayList<>())
                            .add(new FeedEvent.SourceLink(row.getString("title"), row.getString("url")));
                }
            }
        }
        return sources;
    }
}
