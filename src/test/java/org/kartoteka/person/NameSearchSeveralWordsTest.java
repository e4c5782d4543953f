package org.kartoteka.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kartoteka.common.Visibility;

/**
 * Queries of several words read pairs of keys (V90): two words at most
 * {@link NameSearch#MAX_MATCHES} holders of each pair of matching terms, three or more every holder
 * of a pair matching their two rarest words. Both must rank exactly as {@link #REFERENCE_SQL}, the
 * statement before V90 that checks every holder of the rarest word: here with more holders of one
 * pair than that, ties of display name, every visibility and both scripts.
 */
@QuarkusTest
class NameSearchSeveralWordsTest {

    /** NameSearch.RANK_SQL as it was before V90, for queries of any number of words. */
    private static final String REFERENCE_SQL = """
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
            driver as (
                select m.word
                from term_match m cross join lateral (
                    select count(*) as n from (select 1 from person_search_key k where k.key = m.term limit ?5) x) c
                group by m.word
                order by sum(c.n), m.word
                limit 1
            ),
            candidate as materialized (
                select distinct k.person_id, k.display_name
                from driver d join term_match m on m.word = d.word join person_search_key k on k.key = m.term
                where k.visibility = any(string_to_array(?2, ','))
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

    private static final Set<Visibility> EVERYONE = EnumSet.allOf(Visibility.class);
    private static final Set<Visibility> PUBLIC_ONLY = EnumSet.of(Visibility.PUBLIC);

    @Inject
    NameSearch search;

    @Inject
    EntityManager em;

    /** The persons are stored once for all tests of the class (JUnit makes an instance per test). */
    private static final Random random = new Random();
    private static String given;
    private static String surname;
    private static List<UUID> holdersOfBoth;

    /**
     * About 1,300 persons under two made-up words: 700 hold both (some under the longer given name
     * as well), 200 a longer surname, 200 a longer given name, 150 the given name only, in Latin and
     * Cyrillic, either order, a fifth of them under one shared display name (ties broken by id).
     */
    @BeforeEach
    void storePersonsOnce() {
        if (given != null) {
            return;
        }
        given = randomLetters();
        surname = randomLetters();
        assertEquals(NameKeys.key(given), NameKeys.key(cyrillic(given)), "the Cyrillic spelling folds alike");
        Map<UUID, List<String>> persons = new LinkedHashMap<>();
        add(persons, 700, given, surname);
        holdersOfBoth = List.copyOf(persons.keySet());
        add(persons, 200, given, surname + "ovich");
        add(persons, 200, given + "ka", surname);
        add(persons, 150, given, randomLetters());
        QuarkusTransaction.requiringNew().run(() -> insert(persons));
    }

    @Test
    void severalWordsRankAsCheckingEveryHolderOfTheRarestWordDoes() {
        List<String> queries = List.of(given + " " + surname, surname + " " + given,
                cyrillic(given) + " " + cyrillic(surname), cyrillic(surname) + " " + given,
                given + " " + surname + "ovich", given + "ka " + surname, given + " " + surname.substring(0, 10),
                surname.substring(0, 12) + " " + given.substring(0, 12), surname + " " + surname + "ovich",
                given + " " + given + "ka", "Tie " + given + " " + surname, given + " " + surname + " " + given + "ka",
                surname + "ovich " + cyrillic(given) + " " + surname, given + " " + surname + " Tie " + given + "ka");
        for (String q : queries) {
            for (Set<Visibility> visible : List.of(EVERYONE, PUBLIC_ONLY)) {
                List<UUID> ranked = QuarkusTransaction.requiringNew().call(() -> search.rank(q, visible));
                assertEquals(reference(q, visible), ranked, q + " for " + visible);
            }
        }
    }

    private List<UUID> reference(String q, Set<Visibility> visible) {
        List<Set<String>> words = NameSearch.queryWords(q);
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> ids = em.createNativeQuery(REFERENCE_SQL, UUID.class)
                    .setParameter(1, NameSearch.numberedVariants(words)).setParameter(2, NameSearch.names(visible))
                    .setParameter(3, words.size()).setParameter(4, NameSearch.MAX_MATCHES)
                    .setParameter(5, NameSearch.DRIVER_COUNT_CAP).getResultList();
            return ids;
        });
    }

    @Test
    void moreHoldersOfBothWordsThanAnswersGiveTheFirstOfThemByName() {
        List<UUID> ranked = QuarkusTransaction.requiringNew().call(() -> search.rank(given + " " + surname, EVERYONE));
        assertEquals(firstByName(holdersOfBoth, EVERYONE, NameSearch.MAX_MATCHES), ranked);
    }

    @Test
    void eitherOrderAndEitherScriptFindTheVisibleHoldersOfBothWordsFirst() {
        List<UUID> visibleHolders = firstByName(holdersOfBoth, PUBLIC_ONLY, NameSearch.MAX_MATCHES);
        assertTrue(visibleHolders.size() > 300 && visibleHolders.size() < holdersOfBoth.size());
        for (String q : List.of(given + " " + surname, surname + " " + given, cyrillic(surname) + " " + cyrillic(given))) {
            List<UUID> ranked = QuarkusTransaction.requiringNew().call(() -> search.rank(q, PUBLIC_ONLY));
            assertEquals(visibleHolders, ranked.subList(0, visibleHolders.size()), q);
            assertTrue(ranked.stream().allMatch(id -> visibility(id).equals("PUBLIC")), q);
        }
    }

    private List<UUID> firstByName(List<UUID> ids, Set<Visibility> visible, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> first = em.createNativeQuery("select id from person where id = any(cast(string_to_array(?1, ',')"
                    + " as uuid[])) and visibility = any(string_to_array(?2, ',')) order by display_name, id limit ?3",
                    UUID.class)
                    .setParameter(1, String.join(",", ids.stream().map(UUID::toString).toList()))
                    .setParameter(2, String.join(",", visible.stream().map(Enum::name).toList()))
                    .setParameter(3, limit).getResultList();
            return first;
        });
    }

    private String visibility(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select visibility from person where id = ?1").setParameter(1, id).getSingleResult());
    }

    private static void add(Map<UUID, List<String>> persons, int count, String givenName, String surnameWord) {
        for (int i = 0; i < count; i++) {
            String first = random.nextInt(5) == 0 ? "Tie " + givenName + " " + surnameWord
                    : random.nextBoolean() ? givenName + " " + surnameWord : surnameWord + " " + givenName;
            List<String> names = new ArrayList<>(List.of(first));
            if (random.nextBoolean()) {
                names.add(cyrillic(givenName) + " " + cyrillic(surnameWord));
            }
            if (i % 7 == 0) {
                names.add(givenName + "ka");
            }
            persons.put(new UUID(random.nextLong(), random.nextLong()), names);
        }
    }

    /** Inserts the persons, their names and search keys as a bulk load would (only what search reads). */
    private void insert(Map<UUID, List<String>> persons) {
        String[] visibilities = {"PUBLIC", "PUBLIC", "PUBLIC", "RESTRICTED", "CONFIDENTIAL"};
        List<String> ids = new ArrayList<>();
        List<String> displayNames = new ArrayList<>();
        List<String> visibility = new ArrayList<>();
        List<String> nameIds = new ArrayList<>();
        List<String> positions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        Map<UUID, Map<String, Integer>> keys = new LinkedHashMap<>();
        persons.forEach((id, names) -> {
            ids.add(id.toString());
            displayNames.add(names.get(0).startsWith("Tie ") ? "Tie" : names.get(0));
            visibility.add(visibilities[random.nextInt(visibilities.length)]);
            for (int position = 0; position < names.size(); position++) {
                nameIds.add(id.toString());
                positions.add(String.valueOf(position));
                values.add(names.get(position));
            }
            keys.put(id, NameSearch.keysOf(names));
        });
        em.createNativeQuery("insert into person (id, version, created_at, updated_at, display_name, gender, visibility)"
                + " select i::uuid, 0, now(), now(), n, 'UNKNOWN', v from unnest(string_to_array(?1, ','),"
                + " string_to_array(?2, ','), string_to_array(?3, ',')) as t(i, n, v)")
                .setParameter(1, String.join(",", ids)).setParameter(2, String.join(",", displayNames))
                .setParameter(3, String.join(",", visibility)).executeUpdate();
        em.createNativeQuery("insert into person_name (person_id, position, value, kind)"
                + " select i::uuid, p::int, v, case when p = '0' then 'PRIMARY' else 'TRANSLITERATION' end"
                + " from unnest(string_to_array(?1, ','), string_to_array(?2, ','), string_to_array(?3, ','))"
                + " as t(i, p, v)")
                .setParameter(1, String.join(",", nameIds)).setParameter(2, String.join(",", positions))
                .setParameter(3, String.join(",", values)).executeUpdate();
        search.store(keys);
    }

    /** A made-up word of letters that read and fold alike in Latin and Cyrillic (no digraph, no vowel pair). */
    private static String randomLetters() {
        StringBuilder word = new StringBuilder("Zy");
        for (int i = 0; i < 8; i++) {
            word.append("bdfklmnprstvz".charAt(random.nextInt(13))).append("aiu".charAt(random.nextInt(3)));
        }
        return word.toString();
    }

    private static String cyrillic(String latin) {
        StringBuilder out = new StringBuilder();
        for (char c : latin.toCharArray()) {
            int at = "ZybdfklmnprstvzaiuA".indexOf(c);
            out.append(at < 0 ? c : "ЗыбдфклмнпрствзаіуА".charAt(at));
        }
        return out.toString();
    }
}
