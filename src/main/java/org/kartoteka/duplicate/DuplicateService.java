package org.kartoteka.duplicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kartoteka.common.Page;
import org.kartoteka.common.ProblemException;
import org.kartoteka.common.Visibility;
import org.kartoteka.person.PersonService;
import org.kartoteka.security.Caller;

/**
 * Finds persons entered twice (docs/duplicates.md): the candidates of one person, or of a person
 * not stored yet (an import row, {@link #candidatesFor}), and the scan of the whole register.
 * Only persons the caller may see are ever compared, so a hidden person shows neither itself nor a score.
 */
@ApplicationScoped
public class DuplicateService {

    /** How many candidates a person's list holds at most. */
    public static final int MAX_CANDIDATES = 10;
    /** Candidates scoring less are not listed: their names match in one part at most. */
    static final double MIN_LISTED = 0.3;
    /** How many persons the name index proposes for one person before scoring. */
    static final int POOL = 200;
    /** The scan's minScore when none is given. */
    public static final double DEFAULT_MIN_SCORE = 0.7;

    private static final String POOL_SQL = """
            with probe(key) as (select distinct unnest(string_to_array(?1, ','))),
            term_match as (
                select t.term, max(similarity(p.key, t.term)) as sim
                from probe p join search_term t on t.term % p.key
                group by t.term
                having max(similarity(p.key, t.term)) >= ?5
            ),
            hit as (
                select k.person_id, m.sim, count(*) over (partition by m.term) as df
                from term_match m join person_search_key k on k.key = m.term
                where k.visibility = any(string_to_array(?2, ','))
            )
            select person_id from hit
            group by person_id
            order by sum(sim * ln(1 + ?3 / df)) desc, person_id
            limit ?4
            """;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    PersonService persons;

    @Inject
    ProfileLoader profiles;

    @Inject
    DistinctPairs distinct;

    /** {@code GET /persons/{id}/duplicates}: up to ten other persons, best first (404 for a person the caller may not see). */
    public List<DuplicateCandidate> candidatesOf(UUID personId) {
        persons.get(personId);
        PersonProfile person = profiles.byIds(List.of(personId)).get(personId);
        Set<UUID> excluded = new HashSet<>(distinct.of(personId));
        excluded.add(personId);
        return candidates(person, excluded, MAX_CANDIDATES);
    }

    /**
     * The stored persons the caller may see that may be the person described, best first, at most
     * {@code limit}: for callers that hold a person not stored yet, such as an import row, which
     * then compares {@link DuplicateCandidate#score()} with its own threshold.
     */
    public List<DuplicateCandidate> candidatesFor(PersonProfile probe, Set<UUID> excluded, int limit) {
        return candidates(probe, excluded, limit);
    }

    private List<DuplicateCandidate> candidates(PersonProfile probe, Set<UUID> excluded, int limit) {
        List<UUID> pool = pool(probe).stream().filter(id -> !excluded.contains(id)).toList();
        Map<UUID, PersonProfile> loaded = profiles.byIds(pool);
        List<DuplicateCandidate> scored = new ArrayList<>();
        for (PersonProfile other : loaded.values()) {
            DuplicateScorer.Scored s = DuplicateScorer.score(probe, other);
            if (s.score() >= MIN_LISTED) {
                scored.add(new DuplicateCandidate(other.id(), other.displayName(), s.score(), s.reasons(), s.against()));
            }
        }
        return scored.stream().sorted(Comparator.comparingDouble(DuplicateCandidate::score).reversed()
                .thenComparing(DuplicateCandidate::displayName).thenComparing(c -> c.id().toString()))
                .limit(limit).toList();
    }

    /** The visible persons whose keys are the probe's or similar to them, rare keys weighing more. */
    private List<UUID> pool(PersonProfile probe) {
        Set<String> keys = probe.keys();
        if (keys.isEmpty()) {
            return List.of();
        }
        Number persons = (Number) em.createNativeQuery("select greatest(reltuples, 1) from pg_class where oid = 'person'::regclass")
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(POOL_SQL, UUID.class)
                .setParameter(1, String.join(",", keys))
                .setParameter(2, visible())
                .setParameter(3, Math.max(persons.doubleValue(), 1000))
                .setParameter(4, POOL)
                .setParameter(5, DuplicateScorer.FUZZY_WORD)
                .getResultList();
        return ids;
    }

    /**
     * {@code GET /persons/duplicates}: pairs over every person the caller may see scoring at least
     * {@code minScore}, best first, then by the two ids; the cursor is the last pair of the page.
     */
    public Page<DuplicatePair> scan(double minScore, int limit, String cursor) {
        ScanCursor after = ScanCursor.decode(cursor);
        List<PersonProfile> all = new ArrayList<>(profiles.visible(caller.visiblePersons()).values());
        List<DuplicatePair> pairs = RegisterScan.pairs(all, minScore, distinct.all()).stream()
                .map(DuplicateService::view)
                .sorted(ScanCursor.ORDER)
                .filter(p -> after == null || ScanCursor.ORDER.compare(p, after.asPair()) > 0)
                .limit(limit + 1L)
                .collect(Collectors.toList());
        if (pairs.size() <= limit) {
            return new Page<>(pairs, null);
        }
        List<DuplicatePair> page = List.copyOf(pairs.subList(0, limit));
        return new Page<>(page, ScanCursor.of(page.get(limit - 1)).encode());
    }

    private static DuplicatePair view(RegisterScan.Pair pair) {
        boolean ordered = pair.a().id().toString().compareTo(pair.b().id().toString()) < 0;
        PersonProfile first = ordered ? pair.a() : pair.b();
        PersonProfile second = ordered ? pair.b() : pair.a();
        DuplicateScorer.Scored scored = ordered ? pair.scored() : DuplicateScorer.score(first, second);
        return new DuplicatePair(first.id(), first.displayName(), second.id(), second.displayName(), scored.score(),
                scored.reasons(), scored.against());
    }

    private String visible() {
        return caller.visiblePersons().stream().map(Visibility::name).collect(Collectors.joining(","));
    }

    /** A minScore parameter: 0..1, {@link #DEFAULT_MIN_SCORE} when absent. */
    public static double minScore(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_MIN_SCORE;
        }
        try {
            double score = Double.parseDouble(value.strip());
            if (score >= 0 && score <= 1) {
                return score;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid("minScore", "'" + value + "' is not a score; use a number from 0 to 1, e.g. 0.8");
    }
}
