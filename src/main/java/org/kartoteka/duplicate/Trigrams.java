package org.kartoteka.duplicate;

import java.util.HashSet;
import java.util.Set;

/** pg_trgm's {@code similarity} of two single words, in Java: shared trigrams over all trigrams of both. */
final class Trigrams {

    private Trigrams() {}

    static double similarity(String a, String b) {
        Set<String> left = of(a);
        Set<String> right = of(b);
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
