package org.kartoteka.duplicate;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * pg_trgm's {@code similarity} of two single words, in Java: shared trigrams over all trigrams of
 * both. A word's trigrams are kept as a sorted array of numbers (three 16-bit chars each), so two
 * words compare by one merge, without hashing strings: the scan compares hundreds of thousands of pairs.
 */
final class Trigrams {

    /** Trigrams of words met before: name keys are a small vocabulary that the scan compares over and over. */
    private static final Map<String, long[]> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 200_000;

    private Trigrams() {}

    static double similarity(String a, String b) {
        long[] left = cached(a);
        long[] right = cached(b);
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < left.length && j < right.length) {
            if (left[i] == right[j]) {
                shared++;
                i++;
                j++;
            } else if (left[i] < right[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = left.length + right.length - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    private static long[] cached(String word) {
        long[] trigrams = CACHE.get(word);
        if (trigrams == null) {
            trigrams = of(word);
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(word, trigrams);
        }
        return trigrams;
    }

    /** Trigrams of the word padded as pg_trgm pads it (two spaces before, one after), distinct and sorted. */
    private static long[] of(String word) {
        String padded = "  " + word + " ";
        long[] trigrams = new long[Math.max(0, padded.length() - 2)];
        for (int i = 0; i + 3 <= padded.length(); i++) {
            trigrams[i] = (long) padded.charAt(i) << 32 | (long) padded.charAt(i + 1) << 16 | padded.charAt(i + 2);
        }
        return Arrays.stream(trigrams).sorted().distinct().toArray();
    }
}
