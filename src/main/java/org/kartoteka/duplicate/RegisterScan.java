package org.kartoteka.duplicate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scan of the whole register in memory. Pairs are proposed by blocking keys and only proposed
 * pairs are scored (docs/duplicates.md, "The scan"):
 *
 * <ul>
 *   <li>two parts of the name: every pair of keys from two different parts of a person's name
 *       (after folding, any spelling) is a block, so two persons sharing two parts meet in at
 *       least one block, and a block holds only the bearers of that full name;</li>
 *   <li>a name of one part meets everyone who shares that part;</li>
 *   <li>a rare part (carried by at most 0.1 % of persons) meets everyone who shares it.</li>
 * </ul>
 *
 * Keys carried by more than 20 % of persons are too common to propose anything. A proposed pair
 * whose birth dates, genders and regions keep it below minScore even with equal names
 * ({@link DuplicateScorer#upperBound}) is not scored. Blocks are found
 * by sorting one long per (block, person), not by walking the postings of common given names:
 * comparing every pair of 100,000 persons would be 5 billion comparisons, walking the postings of
 * every key about a billion; this is about one per namesake.
 */
final class RegisterScan {

    /** A key carried by more persons than this share is too common to propose pairs (docs/duplicates.md). */
    static final double MAX_KEY_SHARE = 0.2;
    /** A single shared part proposes a pair when at most this share of persons carries it. */
    static final double RARE_KEY_SHARE = 0.001;

    private static final int PERSON_BITS = 23;
    private static final int KEY_BITS = 20;

    /** A scored pair; {@code a} and {@code b} in the order of the scanned list. */
    record Pair(PersonProfile a, PersonProfile b, DuplicateScorer.Scored scored) {}

    private RegisterScan() {}

    static List<Pair> pairs(List<PersonProfile> persons, double minScore, Set<String> distinct) {
        int n = persons.size();
        if (n >= 1 << PERSON_BITS) {
            throw new IllegalStateException("the scan takes at most " + ((1 << PERSON_BITS) - 1) + " persons");
        }
        List<Map<String, Integer>> partsOf = persons.parallelStream().map(NameParts::of).toList();
        Map<String, Integer> keyIds = new HashMap<>();
        int[][][] parts = new int[n][][];
        for (int i = 0; i < n; i++) {
            parts[i] = interned(partsOf.get(i), keyIds);
        }
        if (keyIds.size() >= 1 << KEY_BITS) {
            throw new IllegalStateException("the scan takes at most " + ((1 << KEY_BITS) - 1) + " distinct name keys");
        }
        int[] carriers = new int[keyIds.size()];
        for (int[][] person : parts) {
            for (int[] part : person) {
                for (int key : part) {
                    carriers[key]++;
                }
            }
        }
        int common = Math.max(1000, (int) (n * MAX_KEY_SHARE));
        int rare = Math.max(3, (int) (n * RARE_KEY_SHARE));
        long[] proposed = proposals(parts, carriers, common, rare);
        return java.util.stream.IntStream.range(0, proposed.length).parallel()
                .filter(p -> p == 0 || proposed[p] != proposed[p - 1])
                .mapToObj(p -> {
                    PersonProfile a = persons.get((int) (proposed[p] >>> 32));
                    PersonProfile b = persons.get((int) proposed[p]);
                    if (DuplicateScorer.upperBound(a, b) < minScore || distinct.contains(DistinctPairs.key(a.id(), b.id()))) {
                        return null;
                    }
                    DuplicateScorer.Scored scored = DuplicateScorer.score(a, b);
                    return scored.score() >= minScore && scored.score() > 0 ? new Pair(a, b, scored) : null;
                })
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** A person's parts as arrays of key numbers. */
    private static int[][] interned(Map<String, Integer> parts, Map<String, Integer> keyIds) {
        int count = parts.isEmpty() ? 0 : java.util.Collections.max(parts.values()) + 1;
        List<List<Integer>> byPart = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            byPart.add(new ArrayList<>());
        }
        parts.forEach((key, part) -> byPart.get(part).add(keyIds.computeIfAbsent(key, k -> keyIds.size())));
        int[][] result = new int[count][];
        for (int p = 0; p < count; p++) {
            result[p] = byPart.get(p).stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }

    /** The proposed pairs as sorted longs, lower index in the high half; a pair may come more than once. */
    private static long[] proposals(int[][][] parts, int[] carriers, int common, int rare) {
        LongList blocks = new LongList();
        for (int i = 0; i < parts.length; i++) {
            int[][] person = parts[i];
            for (int a = 0; a < person.length; a++) {
                for (int b = a + 1; b < person.length; b++) {
                    for (int ka : person[a]) {
                        for (int kb : person[b]) {
                            if (carriers[ka] <= common && carriers[kb] <= common) {
                                long block = (long) Math.min(ka, kb) << KEY_BITS | Math.max(ka, kb);
                                blocks.add(block << PERSON_BITS | i);
                            }
                        }
                    }
                }
            }
        }
        LongList pairs = new LongList();
        pairsWithinRuns(blocks.sorted(), pairs);
        boolean[] singlePartKey = new boolean[carriers.length];
        for (int[][] person : parts) {
            if (person.length == 1) {
                for (int key : person[0]) {
                    singlePartKey[key] = true;
                }
            }
        }
        LongList byKey = new LongList();
        for (int i = 0; i < parts.length; i++) {
            for (int[] part : parts[i]) {
                for (int key : part) {
                    if (carriers[key] <= common && (carriers[key] <= rare || singlePartKey[key])) {
                        byKey.add((long) key << (PERSON_BITS + 1) | (long) i << 1 | (parts[i].length == 1 ? 1 : 0));
                    }
                }
            }
        }
        singlePartRuns(byKey.sorted(), carriers, rare, pairs);
        return pairs.sorted();
    }

    /** Every pair of persons within a run of equal blocks. */
    private static void pairsWithinRuns(long[] entries, LongList pairs) {
        long mask = (1L << PERSON_BITS) - 1;
        int start = 0;
        for (int e = 1; e <= entries.length; e++) {
            if (e == entries.length || entries[e] >>> PERSON_BITS != entries[start] >>> PERSON_BITS) {
                for (int x = start; x < e; x++) {
                    for (int y = x + 1; y < e; y++) {
                        addPair(pairs, (int) (entries[x] & mask), (int) (entries[y] & mask));
                    }
                }
                start = e;
            }
        }
    }

    /**
     * Within the run of one key (entries: key, person, whether the person's name has one part):
     * every pair when the key is rare, else each one-part name with every other carrier.
     */
    private static void singlePartRuns(long[] entries, int[] carriers, int rare, LongList pairs) {
        long mask = (1L << PERSON_BITS) - 1;
        int start = 0;
        for (int e = 1; e <= entries.length; e++) {
            if (e == entries.length || entries[e] >>> (PERSON_BITS + 1) != entries[start] >>> (PERSON_BITS + 1)) {
                boolean rareKey = carriers[(int) (entries[start] >>> (PERSON_BITS + 1))] <= rare;
                for (int x = start; x < e; x++) {
                    if (rareKey || (entries[x] & 1) == 1) {
                        for (int y = rareKey ? x + 1 : start; y < e; y++) {
                            addPair(pairs, (int) (entries[x] >>> 1 & mask), (int) (entries[y] >>> 1 & mask));
                        }
                    }
                }
                start = e;
            }
        }
    }

    private static void addPair(LongList pairs, int x, int y) {
        if (x != y) {
            pairs.add((long) Math.min(x, y) << 32 | Math.max(x, y));
        }
    }

    /** A growable array of longs. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] sorted() {
            long[] result = java.util.Arrays.copyOf(values, size);
            java.util.Arrays.parallelSort(result);
            return result;
        }
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
