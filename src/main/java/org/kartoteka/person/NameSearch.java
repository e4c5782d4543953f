package org.kartoteka.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.kartoteka.common.Keyset;
import org.kartoteka.common.Page;
import org.kartoteka.common.PageRequest;
import org.kartoteka.common.ProblemException;
import org.kartoteka.common.Visibility;

/**
 * Name search across scripts ({@code GET /api/v1/persons?q=}, docs/search.md): keeps the folded
 * keys of every person's names in {@code person_search_key} and ranks persons against a query.
 *
 * <p>Every word of the query must match a key of the person with a pg_trgm word similarity of at
 * least 0.6 (the default {@code pg_trgm.word_similarity_threshold}); persons whose keys equal
 * more query words come first, then those with the higher sum of per-word scores, then by
 * display name. At most {@link #MAX_MATCHES} best matches are returned, visible ones only.
 */
@ApplicationScoped
public class NameSearch {

    /** How many best matches a query returns at most, over all its pages. */
    public static final int MAX_MATCHES = PageRequest.MAX_LIMIT;
    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_QUERY_WORDS = 8;
    /** Up to how many persons of a term {@link #RANK_SQL} counts to pick the words its candidates come from. */
    static final int DRIVER_COUNT_CAP = 2000;

    /**
     * The first two parts of {@link #RANK_SQL} and {@link #RANK_TWO_WORDS_SQL}: the query's key
     * variants (?1, "word:variant") and the search terms each word matches, with its best score
     * and whether a variant matched exactly.
     */
    private static final String TERM_MATCH = """
            with query_key(word, variant) as (
                select split_part(x, ':', 1)::int, split_part(x, ':', 2)
                from unnest(string_to_array(?1, ',')) x
            ),
            term_match as (
                select q.word, t.term,
                       max(word_similarity(q.variant, t.term) + similarity(q.variant, t.term)) / 2 as score,
                       bool_or(q.variant = t.term) as exact
                from query_key q join search_term t on q.variant <% t.term
                group by q.word, t.term
            ),
            """;

    /**
     * Ranks persons against a query of three words or more. Every word must match, so the candidates
     * are the persons holding a pair of keys (V90) that match the two words with the fewest keyed
     * persons (counted up to {@link #DRIVER_COUNT_CAP} a term, so that counting a common given name
     * stays cheap), and only their own keys are compared with the other words. Before V90 the
     * candidates were every holder of the rarest word: at 1,000,000 persons a common surname beside
     * a common given name brought 25,000-50,000 of them (docs/search.md).
     */
    private static final String RANK_SQL = TERM_MATCH + """
            driver as (
                select m.word
                from term_match m cross join lateral (
                    select count(*) as n from (select 1 from person_search_key k where k.key = m.term limit ?5) x) c
                group by m.word
                order by sum(c.n), m.word
                limit 2
            ),
            driver_pair as (
                select distinct least(a.term collate "C", b.term collate "C") as first_key,
                       greatest(a.term collate "C", b.term collate "C") as second_key
                from term_match a join term_match b on a.word < b.word
                where a.word in (select word from driver) and b.word in (select word from driver)
            ),
            candidate as materialized (
                select k.person_id, k.display_name
                from driver_pair p join person_search_pair k on k.first_key = p.first_key and k.second_key = p.second_key
                where p.first_key < p.second_key and k.visibility = any(string_to_array(?2, ','))
                union
                select k.person_id, k.display_name
                from driver_pair p join person_search_key k on k.key = p.first_key
                where p.first_key = p.second_key and k.visibility = any(string_to_array(?2, ','))
            ),
            person_word as (
                select c.person_id, c.display_name, m.word, max(m.score) as score, bool_or(m.exact) as exact
                from candidate c join person_search_key k on k.person_id = c.person_id
                    join term_match m on m.term = k.key
                group by c.person_id, c.display_name, m.word
            )
            select person_id
            from person_word
            group by person_id, display_name
            having count(*) = ?3
            order by count(*) filter (where exact) desc, sum(score) desc, display_name, person_id
            limit ?4
            """;

    /**
     * The statement for a query of one word, reading at most ?3 keys per matching term instead
     * of every person that has one: with one word a person ranks by their best term (exact first,
     * then score) and then by name, so each of the ?3 best persons is among the first ?3 by name of
     * their best term, which person_search_key_key_name_idx (V85) gives in order. Without this, a
     * common surname read and grouped every bearer: 10 times the work at 1,000,000 persons as at
     * 100,000 (docs/search.md, "At a million persons").
     */
    private static final String RANK_ONE_WORD_SQL = """
            with term_match as (
                select t.term,
                       max(word_similarity(q.variant, t.term) + similarity(q.variant, t.term)) / 2 as score,
                       bool_or(q.variant = t.term) as exact
                from unnest(string_to_array(?1, ',')) q(variant) join search_term t on q.variant <% t.term
                group by t.term
            ),
            candidate as (
                select k.person_id, k.display_name, m.score, m.exact
                from term_match m cross join lateral (
                    select k.person_id, k.display_name from person_search_key k
                    where k.key = m.term and k.visibility = any(string_to_array(?2, ','))
                    order by k.display_name, k.person_id
                    limit ?3) k
            )
            select person_id
            from candidate
            group by person_id, display_name
            order by bool_or(exact) desc, max(score) desc, display_name, person_id
            limit ?3
            """;

    /**
     * The statement for a query of two words, reading at most ?3 persons per pair of matching
     * terms instead of every bearer of the rarer word. A person ranks by their best term for each
     * word (an exact term is also a best-scoring one), that is by the best pair (t1, t2) of terms they
     * hold, and then by name; everyone before them by name among the holders of t1 and t2 ranks at
     * least as high. So each of the ?3 best persons is among the first ?3 by name of their best pair,
     * which person_search_pair_keys_name_idx (V90) gives in order (person_search_key's index when
     * one term matches both words), and their best pair read is their true rank. Persons who are not
     * among the ?3 best may be read under a worse pair only and rank too low here, which changes
     * nothing: ?3 persons read under better pairs precede them anyway. At 1,000,000 persons a common
     * given name beside a common surname took 1-2.7 s when every holder of the rarer word was
     * checked, as {@link #RANK_SQL} did before V90 (docs/search.md).
     */
    private static final String RANK_TWO_WORDS_SQL = TERM_MATCH + """
            term_pair as (
                select least(a.term collate "C", b.term collate "C") as first_key,
                       greatest(a.term collate "C", b.term collate "C") as second_key,
                       a.exact::int + b.exact::int as exact_words, a.score + b.score as score
                from term_match a join term_match b on a.word = 0 and b.word = 1
            ),
            candidate as (
                select k.person_id, k.display_name, p.exact_words, p.score
                from term_pair p cross join lateral (
                    select k.person_id, k.display_name from person_search_pair k
                    where k.first_key = p.first_key and k.second_key = p.second_key
                        and k.visibility = any(string_to_array(?2, ','))
                    order by k.display_name, k.person_id
                    limit ?3) k
                where p.first_key < p.second_key
                union all
                select k.person_id, k.display_name, p.exact_words, p.score
                from term_pair p cross join lateral (
                    select k.person_id, k.display_name from person_search_key k
                    where k.key = p.first_key and k.visibility = any(string_to_array(?2, ','))
                    order by k.display_name, k.person_id
                    limit ?3) k
                where p.first_key = p.second_key
            ),
            best as (
                select distinct on (person_id) person_id, display_name, exact_words, score
                from candidate
                order by person_id, exact_words desc, score desc
            )
            select person_id
            from best
            order by exact_words desc, score desc, display_name, person_id
            limit ?3
            """;

    @Inject
    EntityManager em;

    /**
     * Rewrites the search keys of a person from their names, display name and visibility; call
     * after every change of the person, once it is flushed.
     */
    public void index(Person person) {
        em.createNativeQuery("delete from person_search_key where person_id = ?1")
                .setParameter(1, person.id).executeUpdate();
        em.createNativeQuery("delete from person_search_pair where person_id = ?1")
                .setParameter(1, person.id).executeUpdate();
        Map<String, Integer> keys = keysOf(person.names.stream().map(n -> n.value).toList());
        if (!keys.isEmpty()) {
            store(Map.of(person.id, keys));
        }
    }

    /**
     * {@link #index} for many persons in a few statements, whatever their number (bulk import):
     * call once they are flushed. {@code existing} false says the persons were created in this
     * transaction, so they have no keys to delete yet: the delete is skipped.
     */
    public void indexAll(java.util.Collection<Person> persons, boolean existing) {
        if (persons.isEmpty()) {
            return;
        }
        if (existing) {
            // Joins with the unnested ids, not "= any(cast(string_to_array(?1, ',') as uuid[]))": with a
            // generic plan, that array is parsed again for each row of a sequential scan (64 ms a chunk
            // of 250 persons at 33,000 keys, growing with the register); the joins probe the indexes.
            String ids = persons.stream().map(p -> p.id.toString()).collect(Collectors.joining(","));
            em.createNativeQuery("delete from person_search_key k using unnest(string_to_array(?1, ',')) as t(i)"
                    + " where k.person_id = t.i::uuid").setParameter(1, ids).executeUpdate();
            em.createNativeQuery("delete from person_search_pair k using unnest(string_to_array(?1, ',')) as t(i)"
                    + " where k.person_id = t.i::uuid").setParameter(1, ids).executeUpdate();
        }
        Map<UUID, Map<String, Integer>> keys = new LinkedHashMap<>();
        for (Person person : persons) {
            Map<String, Integer> personKeys = keysOf(person.names.stream().map(n -> n.value).toList());
            if (!personKeys.isEmpty()) {
                keys.put(person.id, personKeys);
            }
        }
        if (!keys.isEmpty()) {
            store(keys);
        }
    }

    /**
     * Inserts the keys of several persons at once (terms first, in order, so that writers never
     * deadlock), and every pair of each person's keys for queries of two words.
     */
    void store(Map<UUID, Map<String, Integer>> keysByPerson) {
        storeKeys(keysByPerson);
        storePairs(keysByPerson);
    }

    private void storeKeys(Map<UUID, Map<String, Integer>> keysByPerson) {
        List<String> ids = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> positions = new ArrayList<>();
        keysByPerson.forEach((id, personKeys) -> personKeys.forEach((key, position) -> {
            ids.add(id.toString());
            keys.add(key);
            positions.add(position.toString());
        }));
        em.createNativeQuery("insert into search_term (term) select distinct unnest(string_to_array(?1, ','))"
                + " order by 1 on conflict do nothing").setParameter(1, String.join(",", keys)).executeUpdate();
        em.createNativeQuery("insert into person_search_key (person_id, key, name_position, display_name, visibility)"
                + " select p.id, t.k, t.n::int, p.display_name, p.visibility from unnest(string_to_array(?1, ','),"
                + " string_to_array(?2, ','), string_to_array(?3, ',')) as t(i, k, n) join person p on p.id = t.i::uuid")
                .setParameter(1, String.join(",", ids)).setParameter(2, String.join(",", keys))
                .setParameter(3, String.join(",", positions)).executeUpdate();
    }

    /** Each person's unordered pairs of distinct keys, the smaller key first (V90: collation "C"). */
    private void storePairs(Map<UUID, Map<String, Integer>> keysByPerson) {
        List<String> ids = new ArrayList<>();
        List<String> firstKeys = new ArrayList<>();
        List<String> secondKeys = new ArrayList<>();
        keysByPerson.forEach((id, personKeys) -> {
            List<String> sorted = personKeys.keySet().stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    ids.add(id.toString());
                    firstKeys.add(sorted.get(i));
                    secondKeys.add(sorted.get(j));
                }
            }
        });
        if (ids.isEmpty()) {
            return;
        }
        em.createNativeQuery("insert into person_search_pair (person_id, first_key, second_key, display_name, visibility)"
                + " select p.id, t.a, t.b, p.display_name, p.visibility from unnest(string_to_array(?1, ','),"
                + " string_to_array(?2, ','), string_to_array(?3, ',')) as t(i, a, b) join person p on p.id = t.i::uuid")
                .setParameter(1, String.join(",", ids)).setParameter(2, String.join(",", firstKeys))
                .setParameter(3, String.join(",", secondKeys)).executeUpdate();
    }

    /** Every key of every word of these names, with the position of the first name that gave it. */
    static Map<String, Integer> keysOf(List<String> names) {
        Map<String, Integer> keys = new LinkedHashMap<>();
        for (int position = 0; position < names.size(); position++) {
            for (String word : NameKeys.words(names.get(position))) {
                for (String key : NameKeys.keys(word)) {
                    keys.putIfAbsent(key, position);
                }
            }
        }
        return keys;
    }

    /**
     * A page of the persons that match {@code q}, among those {@code filtered} selects (the other
     * filters and the visibility). Best match first, paged by offset; with an explicit sort, the
     * matches in that order, paged by the list's usual cursor.
     */
    public Page<Person> page(String q, Set<Visibility> visible, Supplier<Keyset<Person>> filtered,
            PageRequest request) {
        List<UUID> ranked = rank(q, visible);
        if (ranked.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        if (request.sort != null && !request.sort.isBlank()) {
            return filtered.get().where("e.id in :nameMatches", "nameMatches", ranked).page(em, request);
        }
        int offset = RelevanceCursor.decode(request.cursor);
        int limit = request.limit();
        List<Person> matches = filteredInRankOrder(ranked, filtered, offset + limit + 1);
        List<Person> items = matches.subList(Math.min(offset, matches.size()), Math.min(offset + limit, matches.size()));
        String next = offset + limit < matches.size() ? RelevanceCursor.encode(offset + limit) : null;
        return new Page<>(List.copyOf(items), next);
    }

    /**
     * The ranked persons that pass the other filters, in rank order, at least {@code wanted} of
     * them if there are so many: checks the best {@code wanted} first and the rest only when
     * filters left too few, so that a plain search loads one page of entities, not all matches.
     */
    private List<Person> filteredInRankOrder(List<UUID> ranked, Supplier<Keyset<Person>> filtered, int wanted) {
        List<Person> matches = new ArrayList<>();
        int from = 0;
        for (int to = Math.min(wanted, ranked.size()); from < ranked.size(); to = ranked.size()) {
            List<UUID> window = ranked.subList(from, to);
            PageRequest all = new PageRequest();
            all.limit = String.valueOf(MAX_MATCHES);
            Map<UUID, Person> found = new HashMap<>();
            filtered.get().where("e.id in :nameMatches", "nameMatches", window).page(em, all).items()
                    .forEach(p -> found.put(p.id, p));
            window.stream().map(found::get).filter(Objects::nonNull).forEach(matches::add);
            from = to;
            if (matches.size() >= wanted) {
                break;
            }
        }
        return matches;
    }

    /** The ids of the visible persons matching {@code q}, best first, at most {@link #MAX_MATCHES}. */
    List<UUID> rank(String q, Set<Visibility> visible) {
        List<Set<String>> words = queryWords(q);
        return switch (words.size()) {
            case 1 -> ids(em.createNativeQuery(RANK_ONE_WORD_SQL, UUID.class)
                    .setParameter(1, String.join(",", words.get(0))).setParameter(2, names(visible))
                    .setParameter(3, MAX_MATCHES));
            case 2 -> ids(em.createNativeQuery(RANK_TWO_WORDS_SQL, UUID.class)
                    .setParameter(1, numberedVariants(words)).setParameter(2, names(visible))
                    .setParameter(3, MAX_MATCHES));
            default -> rankCheckingCandidates(words, visible);
        };
    }

    private List<UUID> rankCheckingCandidates(List<Set<String>> words, Set<Visibility> visible) {
        return ids(em.createNativeQuery(RANK_SQL, UUID.class)
                .setParameter(1, numberedVariants(words)).setParameter(2, names(visible))
                .setParameter(3, words.size()).setParameter(4, MAX_MATCHES).setParameter(5, DRIVER_COUNT_CAP));
    }

    /** Every key of every word as {@code word:key}, the word numbered from 0, as the statements of several words read them. */
    static String numberedVariants(List<Set<String>> words) {
        List<String> variants = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            for (String key : words.get(w)) {
                variants.add(w + ":" + key);
            }
        }
        return String.join(",", variants);
    }

    static String names(Set<Visibility> visible) {
        return visible.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @SuppressWarnings("unchecked")
    private static List<UUID> ids(Query query) {
        return query.getResultList();
    }

    /** The keys of each searchable word of a query; words that fold to fewer than two letters are left out. */
    static List<Set<String>> queryWords(String q) {
        if (q.length() > MAX_QUERY_LENGTH) {
            throw ProblemException.invalid("q", "is longer than " + MAX_QUERY_LENGTH + " characters; search for"
                    + " a name, e.g. Tsikhanouskaya or Алесь Бяляцкі");
        }
        List<Set<String>> words = NameKeys.words(q).stream().map(NameKeys::keys)
                .filter(keys -> keys.stream().anyMatch(k -> k.length() >= 2)).distinct().toList();
        if (words.isEmpty()) {
            throw ProblemException.invalid("q", "has no word of two or more letters; search for a name, e.g."
                    + " Tsikhanouskaya or Алесь Бяляцкі");
        }
        if (words.size() > MAX_QUERY_WORDS) {
            throw ProblemException.invalid("q", "has more than " + MAX_QUERY_WORDS + " words; a name has fewer");
        }
        return words;
    }
}
