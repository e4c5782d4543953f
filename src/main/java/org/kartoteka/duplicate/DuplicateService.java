package org.kartoteka.duplicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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
    static final int POOL = 100;
    /**
     * How many carriers of the blocking parts are ranked at most, the most similar first: the
     * bound on the work for a person whose name parts are all common.
     */
    static final int BLOCKED = 1000;
    /**
     * How many of the pool, scored on names, birth date, gender and region alone, are read in full
     * (cases, sources, detentions, external ids) and scored again.
     */
    static final int SHORTLIST = 30;
    /** The scan's minScore when none is given. */
    public static final double DEFAULT_MIN_SCORE = 0.7;

    /** A name part whose keys (and similar terms) fewer persons carry than this blocks: proposes candidates. */
    static final int BLOCK_CAP = 1000;

    /**
     * The pool of each probe (docs/duplicates.md, "Candidates of one person"): the vocabulary terms
     * similar to each key of each name part; how many persons carry each term (counted up to
     * {@link #BLOCK_CAP}); the persons carrying a term of a selective part (fewer carriers than the
     * cap; the least common part when none is), never walking the postings of a common given name,
     * at most {@link #BLOCKED} of them, the most similar first; those ranked by the rarity-weighted
     * similarity of every part they share, read from their own keys (the planner is kept from
     * probing every (person, term) pair by materialising the pool and its keys).
     */
    private static final String POOL_SQL = """
            with probe(probe, part, key) as (
                select * from unnest(cast(string_to_array(?1, ',') as int[]), cast(string_to_array(?2, ',') as int[]),
                                     string_to_array(?3, ','))
            ),
            term_match as (
                select p.probe, p.part, t.term, max(similarity(p.key, t.term)) as sim
                from probe p join search_term t on t.term % p.key
                group by p.probe, p.part, t.term
                having max(similarity(p.key, t.term)) >= ?4
            ),
            df as (
                select d.term, (select count(*) from (select 1 from person_search_key k where k.key = d.term
                                                      limit ?5) c) as n
                from (select distinct term from term_match) d
            ),
            part_df as (
                select m.probe, m.part, sum(d.n) as n from term_match m join df d on d.term = m.term
                group by m.probe, m.part
            ),
            blocking as (
                select probe, part from (
                    select probe, part, n, row_number() over (partition by probe order by n, part) as r from part_df
                ) x where n < ?5 or r = 1
            ),
            pool as materialized (
                select probe, person_id from (
                    select m.probe, k.person_id,
                           row_number() over (partition by m.probe order by max(m.sim) desc, k.person_id) as r
                    from blocking b join term_match m on m.probe = b.probe and m.part = b.part
                        join person_search_key k on k.key = m.term
                    where k.visibility = any(string_to_array(?6, ','))
                    group by m.probe, k.person_id
                ) x where r <= ?9
            ),
            pool_keys as materialized (
                select pl.probe, pl.person_id, k.key from pool pl join person_search_key k on k.person_id = pl.person_id
            ),
            per_part as (
                select pk.probe, pk.person_id, m.part, max(m.sim * ln(1 + ?7 / greatest(d.n, 1))) as w
                from pool_keys pk join term_match m on m.probe = pk.probe and m.term = pk.key
                    join df d on d.term = m.term
                group by pk.probe, pk.person_id, m.part
            ),
            ranked as (
                select probe, person_id, row_number() over (partition by probe order by sum(w) desc, person_id) as r
                from per_part group by probe, person_id
            )
            select probe, person_id from ranked where r <= ?8 order by probe, r
            """;

    /** Candidates best first, then by display name and id. */
    static final Comparator<DuplicateCandidate> BEST_FIRST = Comparator.comparingDouble(DuplicateCandidate::score)
            .reversed().thenComparing(DuplicateCandidate::displayName).thenComparing(c -> c.id().toString());

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

    /**
     * {@code GET /persons/{id}/duplicates}: up to ten other persons, best first (404 for a person the
     * caller may not see). In one transaction so that its dozen statements share one connection:
     * outside one, each statement takes a connection from the pool and sets the audit actor on it.
     */
    @Transactional
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

    /** {@link #candidatesFor} of many probes (the rows of an import's chunk): one list per probe, in their order. */
    public List<List<DuplicateCandidate>> candidatesForAll(List<PersonProfile> probes, Set<UUID> excluded, int limit) {
        List<List<UUID>> pools = pools(probes);
        Set<UUID> all = new HashSet<>();
        pools.forEach(all::addAll);
        all.removeAll(excluded);
        Map<UUID, PersonProfile> named = profiles.namesOf(all);
        List<List<DuplicateCandidate>> shortlists = new ArrayList<>(probes.size());
        Set<UUID> shortlisted = new HashSet<>();
        for (int i = 0; i < probes.size(); i++) {
            List<DuplicateCandidate> shortlist = scored(probes.get(i), pools.get(i).stream().filter(named::containsKey)
                    .map(named::get).toList(), SHORTLIST);
            shortlist.forEach(c -> shortlisted.add(c.id()));
            shortlists.add(shortlist);
        }
        Map<UUID, PersonProfile> loaded = profiles.byIds(shortlisted);
        List<List<DuplicateCandidate>> lists = new ArrayList<>(probes.size());
        for (int i = 0; i < probes.size(); i++) {
            lists.add(scored(probes.get(i), shortlists.get(i).stream().map(c -> loaded.get(c.id()))
                    .filter(java.util.Objects::nonNull).toList(), limit));
        }
        return lists;
    }

    private List<DuplicateCandidate> candidates(PersonProfile probe, Set<UUID> excluded, int limit) {
        return candidatesForAll(List.of(probe), excluded, limit).get(0);
    }

    private static List<DuplicateCandidate> scored(PersonProfile probe, List<PersonProfile> pool, int limit) {
        List<DuplicateCandidate> scored = new ArrayList<>();
        for (PersonProfile other : pool) {
            DuplicateScorer.Scored s = DuplicateScorer.score(probe, other);
            if (s.score() >= MIN_LISTED) {
                scored.add(new DuplicateCandidate(other.id(), other.displayName(), s.score(), s.reasons(), s.against()));
            }
        }
        return scored.stream().sorted(BEST_FIRST).limit(limit).toList();
    }

    /** Each probe's pool: the visible persons the name index proposes, best first (at most {@link #POOL}). */
    private List<List<UUID>> pools(List<PersonProfile> probes) {
        List<List<UUID>> pools = new ArrayList<>(probes.size());
        StringBuilder probeNumbers = new StringBuilder();
        StringBuilder partNumbers = new StringBuilder();
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < probes.size(); i++) {
            pools.add(new ArrayList<>());
            for (Map.Entry<String, Integer> key : RegisterScan.NameParts.of(probes.get(i)).entrySet()) {
                String sep = keys.isEmpty() ? "" : ",";
                probeNumbers.append(sep).append(i);
                partNumbers.append(sep).append(key.getValue());
                keys.append(sep).append(key.getKey());
            }
        }
        if (keys.isEmpty()) {
            return pools;
        }
        Number persons = (Number) em.createNativeQuery("select greatest(reltuples, 1) from pg_class where oid = 'person'::regclass")
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(POOL_SQL, Object[].class)
                .setParameter(1, probeNumbers.toString())
                .setParameter(2, partNumbers.toString())
                .setParameter(3, keys.toString())
                .setParameter(4, DuplicateScorer.FUZZY_WORD)
                .setParameter(5, BLOCK_CAP)
                .setParameter(6, visible())
                .setParameter(7, Math.max(persons.doubleValue(), 1000))
                .setParameter(8, POOL)
                .setParameter(9, BLOCKED)
                .getResultList();
        for (Object[] row : rows) {
            pools.get(((Number) row[0]).intValue()).add((UUID) row[1]);
        }
        return pools;
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
        return score("minScore", value, DEFAULT_MIN_SCORE);
    }

    /** A score parameter (minScore, an import's duplicateScore): 0..1, {@code absent} when not given. */
    public static double score(String parameter, String value, double absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            double score = Double.parseDouble(value.strip());
            if (score >= 0 && score <= 1) {
                return score;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid(parameter, "'" + value + "' is not a score; use a number from 0 to 1, e.g. 0.8"
                + " (docs/duplicates.md explains the scores)");
    }
}
