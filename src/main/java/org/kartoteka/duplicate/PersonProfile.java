package org.kartoteka.duplicate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.kartoteka.common.PartialDate;
import org.kartoteka.common.Visibility;
import org.kartoteka.person.Gender;
import org.kartoteka.person.NameKeys;

/**
 * What duplicate scoring knows of one person: every spelling of the name folded word by word
 * ({@link NameKeys}, the keys of name search), and the facts that speak for or against two records
 * being one person. Built from stored records by {@link ProfileLoader}, or from an input that is
 * not stored yet (an import row) by {@link #of}.
 *
 * @param id null for a person not stored yet
 * @param names each spelling with its words, each word with its keys
 * @param externalIds scheme to value
 * @param caseReferences case numbers, lower case
 * @param groupNames named cases, lower case
 * @param detentions the days each detention certainly covers, with its facility
 */
public record PersonProfile(
        UUID id,
        Visibility visibility,
        String displayName,
        List<SpelledName> names,
        Gender gender,
        PartialDate birthDate,
        String region,
        Map<String, String> externalIds,
        Set<String> caseReferences,
        Set<String> groupNames,
        Set<UUID> sources,
        List<DetentionSpan> detentions) {

    /** One spelling of the name and the keys of each of its words (words that fold to nothing left out). */
    public record SpelledName(String value, List<Set<String>> words) {

        /**
         * The keys of words met before: folding runs transliterators, and the scan of 100,000 persons
         * folds the same given names and surnames over and over (cleared when it grows past the limit).
         */
        private static final Map<String, Set<String>> WORD_KEYS = new ConcurrentHashMap<>();
        private static final int WORD_KEYS_LIMIT = 500_000;

        static SpelledName of(String value) {
            List<Set<String>> words = new ArrayList<>();
            for (String word : NameKeys.words(value)) {
                Set<String> keys = WORD_KEYS.get(word);
                if (keys == null) {
                    keys = new LinkedHashSet<>(NameKeys.keys(word));
                    keys.removeIf(k -> k.length() < 2);
                    keys = java.util.Collections.unmodifiableSet(keys);
                    if (WORD_KEYS.size() >= WORD_KEYS_LIMIT) {
                        WORD_KEYS.clear();
                    }
                    WORD_KEYS.put(word, keys);
                }
                if (!keys.isEmpty()) {
                    words.add(keys);
                }
            }
            return new SpelledName(value, List.copyOf(words));
        }
    }

    /**
     * The days a detention certainly covers, as the overlap constraint reads them: from its latest
     * possible start up to (not including) its earliest possible end; {@code until} null while it lasts.
     */
    public record DetentionSpan(UUID id, String facility, LocalDate from, LocalDate until) {

        boolean overlaps(DetentionSpan other) {
            boolean thisStartsFirst = other.until == null || from.isBefore(other.until);
            boolean otherStartsFirst = until == null || other.from.isBefore(until);
            return thisStartsFirst && otherStartsFirst;
        }
    }

    /**
     * A probe for a person not stored yet (e.g. an import row), to find the stored persons it may
     * duplicate with {@link DuplicateService#candidatesFor(PersonProfile, Set, int)}.
     */
    public static PersonProfile of(List<String> names, Gender gender, PartialDate birthDate, String region,
            Map<String, String> externalIds) {
        return new PersonProfile(null, null, names.isEmpty() ? null : names.get(0), spell(names), gender, birthDate,
                region, Map.copyOf(externalIds), Set.of(), Set.of(), Set.of(), List.of());
    }

    /** The same profile as a stored person's: for a person written but not findable in the database yet. */
    public PersonProfile stored(UUID personId, Visibility personVisibility) {
        return new PersonProfile(personId, personVisibility, displayName, names, gender, birthDate, region, externalIds,
                caseReferences, groupNames, sources, detentions);
    }

    static List<SpelledName> spell(List<String> names) {
        return names.stream().distinct().map(SpelledName::of).filter(n -> !n.words().isEmpty()).toList();
    }

    /** Every key of every word of every spelling. */
    Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        names.forEach(n -> n.words().forEach(keys::addAll));
        return keys;
    }
}
