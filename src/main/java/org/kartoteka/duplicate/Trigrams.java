package org.kartoteka.duplicate;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** pg_trgm's {@code similarity} of two single words, in Java: shared trigrams over all trigrams of both. */
final class Trigrams {

    private Trigrams() {}

    /** Trigram sets of words met before: name keys are a small vocabulary that the scan compares over and over. */
    private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 200_000;

    static double similarity(String a, String b) {
        Set<String> left = cached(a);
        Set<String> right = cached(b);
        int union = left.size();
        int shared = 0;
        for (String t : right) {
            if (left.contains(t)) {
                shared++;
            } else {
                union++;
            }
        }
        return union == 0 ? 0 : (double) shared / union;
    }

    private static Set<String> cached(String word) {
        Set<String> trigrams = CACHE.get(word);
        if (trigrams == null) {
            trigrams = of(word);
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(word, trigrams);
        }
        return trigrams;
    }

    /** Trigrams of the word padded as pg_trgm pads it: two spaces before, one after. */
    private static Set<String> of(String word) {
        String padded = "  " + word + " ";
        Set<String> trigrams = new HashSet<>();
        for (int i = 0; i + 3 <= padded.length(); i++) {
            trigrams.add(padded.substring(i, i + 3));
        }
        return trigrams;
    }
}
