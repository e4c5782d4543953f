package org.kartoteka.asknownon;

import static org.kartoteka.common.QueryParams.present;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import org.kartoteka.common.ProblemException;
import org.kartoteka.common.RecordEntity;
import org.kartoteka.common.Responses;

/**
 * The {@code asKnownOn} parameter: an RFC 3339 instant, or a date meaning the end of that day in
 * UTC. Answers exist from the first event of the audit trail on; before it, and in the future,
 * the parameter is a 422.
 *
 * <p>An answer about an instant cannot change once the transactions under way at that instant
 * have ended (an event carries its transaction's start time): so it is cacheable for long when
 * the instant is older than {@link #SETTLED}, briefly otherwise.
 */
@ApplicationScoped
public class AsKnownOn {

    /** The header that says an answer is a past state, with the instant it is about. */
    public static final String HEADER = "Kartoteka-As-Known-On";

    /** How the parameter reads on a read by id (person, timeline, any record). */
    public static final String RECORD_PARAMETER = "the record as it stood at this instant (RFC 3339; a date means the"
            + " end of that day in UTC), rebuilt from the audit trail: a record created later is a 404, one deleted"
            + " since still answers; who may read it is decided as today. The answer then carries the header"
            + " Kartoteka-As-Known-On and no ETag (a past version cannot be written back)";

    static final Duration SETTLED = Duration.ofMinutes(10);

    @Inject
    EntityManager em;

    /** The instant asked for, checked; null when the parameter is absent. */
    public Instant resolve(String value) {
        if (!present(value)) {
            return null;
        }
        Instant instant = parse(value.strip());
        if (instant.isAfter(Instant.now())) {
            throw ProblemException.invalid("asKnownOn", "lies in the future; leave it out for the records as they"
                    + " are now");
        }
        Object first = em.createNativeQuery("select min(occurred_at) from audit_event").getSingleResult();
        Instant start = first == null ? null : toInstant(first);
        if (start == null || instant.isBefore(start)) {
            throw ProblemException.invalid("asKnownOn", start == null ? "the audit trail is empty: no past state"
                    + " can be rebuilt yet" : "is before the audit trail began; answers as known on an instant"
                    + " exist from " + start + " on");
        }
        return instant;
    }

    /** Binds {@code :asKnownOn} when the statement is about a past state. */
    public static Query bind(Query query, Instant asKnownOn) {
        return asKnownOn == null ? query : query.setParameter("asKnownOn", OffsetDateTime.ofInstant(asKnownOn,
                ZoneOffset.UTC));
    }

    /**
     * Marks an answer as a past state: the header, and caching for a year once the instant has
     * settled ({@code shared}: the same for every caller, else private to the caller).
     */
    public static Response.ResponseBuilder mark(Response.ResponseBuilder response, Instant asKnownOn, boolean shared) {
        if (asKnownOn == null) {
            return response;
        }
        boolean settled = asKnownOn.isBefore(Instant.now().minus(SETTLED));
        String scope = shared ? "public" : "private";
        return response.header(HEADER, asKnownOn.toString())
                .header("Cache-Control", settled ? scope + ", max-age=31536000, immutable" : scope + ", max-age=60");
    }

    /**
     * The answer to a read by id: the record as it is, with its ETag; or, {@code asKnownOn} given,
     * the record as it stood then, marked as a past state and without an ETag, since a past
     * version cannot be written back.
     */
    public static <T extends RecordEntity> Response record(T entity, Function<T, ?> view, Instant asKnownOn) {
        if (asKnownOn == null) {
            return Responses.ok(entity.etag(), view.apply(entity));
        }
        return mark(Response.ok(view.apply(entity)), asKnownOn, false).build();
    }

    static Instant parse(String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                        .minus(1, ChronoUnit.MICROS);
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("asKnownOn", "'" + value + "' is neither an RFC 3339 instant"
                    + " (2022-02-07T12:00:00Z) nor a date (2022-02-07, meaning the end of that day in UTC)");
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
