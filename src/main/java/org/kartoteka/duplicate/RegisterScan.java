package org.kartoteka.duplicate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scan of the whole register in memory: an inverted index from name keys to persons proposes
 * the pairs that share two parts of the name (after folding, any spelling), or one part when either
 * name has one part only, or one rare part; only those pairs are scored. Comparing every pair of
 * 100,000 persons would be 5 billion comparisons; this is about one per namesake.
 */
final class RegisterScan {

    /** A key carried by more persons than this share is too common to propose pairs (docs/duplicates.md). */
    static final double MAX_KEY_SHARE = 0.2;
    /** A single shared part proposes a pair when at most this share of persons carries it. */
    static final double RARE_KEY_SHARE = 0.001;

    /** A scored pair; {@code a} and {@code b} in the order of the scanned list. */
    record Pair(PersonProfile a, PersonProfile b, DuplicateScorer.Scored scored) {}

    private RegisterScan() {}

    static List<Pair> pairs(List<PersonProfile> persons, double minScore, Set<String> distinct) {
        int n = persons.size();
        List<Map<String, Integer>> partsOf = persons.parallelStream().map(NameParts::of).toList();
        int[] partCount = new int[n];
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Map<String, Integer> parts = partsOf.get(i);
            partCount[i] = (int) parts.values().stream().distinct().count();
            for (String key : parts.keySet()) {
                postings.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        int common = Math.max(1000, (int) (n * MAX_KEY_SHARE));
        int rare = Math.max(3, (int) (n * RARE_KEY_SHARE));
        int[] masks = new int[n];
        boolean[] rareHit = new boolean[n];
        List<Pair> pairs = new ArrayList<>();
        List<Integer> touched = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PersonProfile a = persons.get(i);
            for (Map.Entry<String, Integer> key : partsOf.get(i).entrySet()) {
                List<Integer> posting = postings.get(key.getKey());
                if (posting.size() > common) {
                    continue;
                }
                int bit = 1 << Math.min(key.getValue(), 30);
                for (int p = posting.size() - 1; p >= 0; p--) {
                    int j = posting.get(p);
                    if (j <= i) {
                        break;
                    }
                    if (masks[j] == 0) {
                        touched.add(j);
                    }
                    masks[j] |= bit;
                    rareHit[j] |= posting.size() <= rare;
                }
            }
            for (int j : touched) {
                boolean proposed = Integer.bitCount(masks[j]) >= 2 || rareHit[j]
                        || partCount[i] == 1 || partCount[j] == 1;
                masks[j] = 0;
                rareHit[j] = false;
                if (!proposed) {
                    continue;
                }
                PersonProfile b = persons.get(j);
                if (distinct.contains(DistinctPairs.key(a.id(), b.id()))) {
                    continue;
                }
                DuplicateScorer.Scored scored = DuplicateScorer.score(a, b);
                if (scored.score() >= minScore && scored.score() > 0) {
                    pairs.add(new Pair(a, b, scored));
                }
            }
            touched.clear();
        }
        return pairs;
    }

    /** The parts of a person's name: the keys of each word, words of different spellings that share a key joined. */
    static final class NameParts {

        private NameParts() {}

        /** Each key of the person with the number of the name part it belongs to. */
        static Map<String, Integer> of(PersonProfile person) {
            Map<String, Integer> partOf = new HashMap<>();
            List<Integer> parent = new ArrayList<>();
            for (PersonProfile.SpelledName name : person.names()) {
                for (Set<String> word : name.words()) {
                    int part = parent.size();
                    parent.add(part);
                    for (String key : word) {
                        Integer earlier = partOf.putIfAbsent(key, part);
                        if (earlier != null) {
                            union(parent, earlier, part);
                        }
                    }
                }
            }
            Map<Integer, Integer> numbers = new HashMap<>();
            Map<String, Integer> parts = new HashMap<>();
            partOf.forEach((key, part) -> parts.put(key,
                    numbers.computeIfAbsent(find(parent, part), r -> numbers.size())));
            return parts;
        }

        private static int find(List<Integer> parent, int x) {
            while (parent.get(x) != x) {
                x = parent.get(x);
            }
            return x;
        }

        private static void union(List<Integer> parent, int x, int y) {
            parent.set(find(parent, y), find(parent, x));
        }
    }
}
