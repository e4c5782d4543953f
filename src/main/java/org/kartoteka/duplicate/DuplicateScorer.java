package org.kartoteka.duplicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kartoteka.common.DatePrecision;
import org.kartoteka.common.PartialDate;
import org.kartoteka.person.Gender;

/**
 * How likely two persons are one (docs/duplicates.md, "Scoring"): the name decides most of it,
 * other facts add or take away a fixed weight each, and the sum is clipped to 0..1.
 *
 * <p>Names are compared spelling against spelling, word against word, on the folded keys of name
 * search: equal keys make a word match 1, otherwise keys at least {@link #FUZZY_WORD} similar by
 * trigrams match by their similarity. The name similarity is the mean over the words of the shorter
 * spelling (a patronymic or second surname in the longer one costs nothing), shrunk when that
 * spelling has one word only.
 */
public final class DuplicateScorer {

    static final double NAME = 0.72;
    static final double FUZZY_WORD = 0.5;
    static final double SINGLE_WORD = 0.6;
    static final double BIRTH_EQUAL = 0.25;
    static final double BIRTH_COMPATIBLE = 0.12;
    static final double REGION = 0.05;
    static final double OTHER_REGISTERS = 0.02;
    static final double CASE_REFERENCE = 0.15;
    static final double GROUP_NAME = 0.08;
    static final double SOURCE = 0.03;
    static final double BIRTH_YEARS_DIFFER = -0.45;
    static final double BIRTH_DAYS_DIFFER = -0.3;
    static final double GENDERS_DIFFER = -0.45;
    static final double SAME_REGISTER_OTHER_ID = -0.5;
    static final double DETENTIONS_ELSEWHERE = -0.3;

    private DuplicateScorer() {}

    /** The score of candidate {@code b} for person {@code a}, with its evidence; score 0 when no name word matches. */
    public static Scored score(PersonProfile a, PersonProfile b) {
        List<Evidence> reasons = new ArrayList<>();
        List<Evidence> against = new ArrayList<>();
        NameMatch name = bestName(a, b);
        if (name.similarity <= 0) {
            return new Scored(0, List.of(), List.of());
        }
        reasons.add(new Evidence("name", round(NAME * name.similarity), name.similarity >= 1
                ? "the names fold to the same keys" : "the names are similar (" + round(name.similarity) + ")",
                List.of(name.left, name.right)));
        birthDate(a.birthDate(), b.birthDate(), reasons, against);
        gender(a.gender(), b.gender(), against);
        region(a.region(), b.region(), reasons);
        externalIds(a.externalIds(), b.externalIds(), reasons, against);
        shared("case", CASE_REFERENCE, "a case with the same reference", a.caseReferences(), b.caseReferences(), reasons);
        shared("groupName", GROUP_NAME, "a case of the same named group", a.groupNames(), b.groupNames(), reasons);
        shared("source", SOURCE, "cited to the same source", a.sources(), b.sources(), reasons);
        detentions(a, b, against);
        double sum = 0;
        for (Evidence e : reasons) {
            sum += e.weight();
        }
        for (Evidence e : against) {
            sum += e.weight();
        }
        return new Scored(round(Math.max(0, Math.min(1, sum))), List.copyOf(reasons), List.copyOf(against));
    }

    /**
     * The highest score the person can reach against anyone: the full name weight and every reason
     * the person has a fact for. A caller with a threshold above it need not look for candidates.
     */
    public static double ceiling(PersonProfile a) {
        double sum = NAME;
        if (a.birthDate() != null) {
            sum += a.birthDate().precision() == DatePrecision.DAY ? BIRTH_EQUAL : BIRTH_COMPATIBLE;
        }
        sum += a.region() == null ? 0 : REGION;
        sum += a.externalIds().isEmpty() ? 0 : OTHER_REGISTERS;
        sum += a.caseReferences().isEmpty() ? 0 : CASE_REFERENCE;
        sum += a.groupNames().isEmpty() ? 0 : GROUP_NAME;
        sum += a.sources().isEmpty() ? 0 : SOURCE;
        return round(Math.min(1, sum));
    }

    /** A score with the evidence that makes it. */
    public record Scored(double score, List<Evidence> reasons, List<Evidence> against) {}

    private record NameMatch(double similarity, String left, String right) {}

    private static NameMatch bestName(PersonProfile a, PersonProfile b) {
        NameMatch best = new NameMatch(0, null, null);
        for (PersonProfile.SpelledName left : a.names()) {
            for (PersonProfile.SpelledName right : b.names()) {
                double similarity = nameSimilarity(left.words(), right.words());
                if (similarity > best.similarity) {
                    best = new NameMatch(similarity, left.value(), right.value());
                }
            }
        }
        return best;
    }

    /** Mean best match of the shorter spelling's words, each word of the longer one used once. */
    static double nameSimilarity(List<Set<String>> left, List<Set<String>> right) {
        List<Set<String>> shorter = left.size() <= right.size() ? left : right;
        List<Set<String>> longer = shorter == left ? right : left;
        if (shorter.isEmpty()) {
            return 0;
        }
        boolean[] used = new boolean[longer.size()];
        double total = 0;
        for (Set<String> word : shorter) {
            double best = 0;
            int at = -1;
            for (int j = 0; j < longer.size(); j++) {
                if (!used[j]) {
                    double s = wordSimilarity(word, longer.get(j));
                    if (s > best) {
                        best = s;
                        at = j;
                    }
                }
            }
            if (at >= 0) {
                used[at] = true;
                total += best;
            }
        }
        double mean = total / shorter.size();
        return shorter.size() == 1 ? mean * SINGLE_WORD : mean;
    }

    private static double wordSimilarity(Set<String> left, Set<String> right) {
        for (String l : left) {
            if (right.contains(l)) {
                return 1;
            }
        }
        double best = 0;
        for (String l : left) {
            for (String r : right) {
                best = Math.max(best, Trigrams.similarity(l, r));
            }
        }
        return best >= FUZZY_WORD ? best : 0;
    }

    /**
     * The most {@link #score} can give the pair, from the facts that cost nothing to compare: a
     * perfect name, every shared-fact reason, and the birth dates, genders and regions as they are.
     * The scan skips a pair whose bound is below its minScore without comparing names.
     */
    static double upperBound(PersonProfile a, PersonProfile b) {
        double sum = NAME + OTHER_REGISTERS + CASE_REFERENCE + GROUP_NAME + SOURCE + birthWeight(a.birthDate(), b.birthDate());
        sum += known(a.gender()) && known(b.gender()) && a.gender() != b.gender() ? GENDERS_DIFFER : 0;
        sum += a.region() != null && b.region() != null && a.region().strip().equalsIgnoreCase(b.region().strip()) ? REGION : 0;
        return sum;
    }

    /** What two birth dates add (0 when either is unknown). */
    private static double birthWeight(PartialDate a, PartialDate b) {
        if (a == null || b == null) {
            return 0;
        }
        boolean compatible = !a.latest().isBefore(b.earliest()) && !b.latest().isBefore(a.earliest());
        if (compatible) {
            return a.precision() == DatePrecision.DAY && b.precision() == DatePrecision.DAY ? BIRTH_EQUAL : BIRTH_COMPATIBLE;
        }
        return a.earliest().getYear() != b.earliest().getYear() || a.latest().getYear() != b.latest().getYear()
                ? BIRTH_YEARS_DIFFER : BIRTH_DAYS_DIFFER;
    }

    private static void birthDate(PartialDate a, PartialDate b, List<Evidence> reasons, List<Evidence> against) {
        double weight = birthWeight(a, b);
        if (weight == 0) {
            return;
        }
        List<String> values = List.of(a.value(), b.value());
        if (weight == BIRTH_EQUAL) {
            reasons.add(new Evidence("birthDate", BIRTH_EQUAL, "the same birth date", values));
        } else if (weight == BIRTH_COMPATIBLE) {
            reasons.add(new Evidence("birthDate", BIRTH_COMPATIBLE, "birth dates that may be the same day", values));
        } else if (weight == BIRTH_YEARS_DIFFER) {
            against.add(new Evidence("birthDate", BIRTH_YEARS_DIFFER, "different birth years", values));
        } else {
            against.add(new Evidence("birthDate", BIRTH_DAYS_DIFFER, "different birth dates in the same year", values));
        }
    }

    private static void gender(Gender a, Gender b, List<Evidence> against) {
        if (known(a) && known(b) && a != b) {
            against.add(new Evidence("gender", GENDERS_DIFFER, "different genders", List.of(a.name(), b.name())));
        }
    }

    private static boolean known(Gender g) {
        return g != null && g != Gender.UNKNOWN;
    }

    private static void region(String a, String b, List<Evidence> reasons) {
        if (a != null && b != null && a.strip().equalsIgnoreCase(b.strip())) {
            reasons.add(new Evidence("region", REGION, "the same region", List.of(a, b)));
        }
    }

    private static void externalIds(Map<String, String> a, Map<String, String> b, List<Evidence> reasons,
            List<Evidence> against) {
        boolean onlyLeft = false;
        boolean onlyRight = false;
        for (Map.Entry<String, String> id : a.entrySet()) {
            String other = b.get(id.getKey());
            if (other == null) {
                onlyLeft = true;
            } else if (!other.equals(id.getValue())) {
                against.add(new Evidence("externalId", SAME_REGISTER_OTHER_ID, "two ids in one register",
                        List.of(id.getKey() + ":" + id.getValue(), id.getKey() + ":" + other)));
            }
        }
        for (String scheme : b.keySet()) {
            onlyRight |= !a.containsKey(scheme);
        }
        if (onlyLeft && onlyRight) {
            reasons.add(new Evidence("externalId", OTHER_REGISTERS, "ids in different registers, none in the same",
                    List.of(String.join(" ", new TreeSet<>(a.keySet())), String.join(" ", new TreeSet<>(b.keySet())))));
        }
    }

    private static <T> void shared(String kind, double weight, String detail, Set<T> a, Set<T> b,
            List<Evidence> reasons) {
        List<String> common = a.stream().filter(b::contains).map(Object::toString).sorted().limit(3).toList();
        if (!common.isEmpty()) {
            reasons.add(new Evidence(kind, weight, detail, common));
        }
    }

    private static void detentions(PersonProfile a, PersonProfile b, List<Evidence> against) {
        for (PersonProfile.DetentionSpan left : a.detentions()) {
            for (PersonProfile.DetentionSpan right : b.detentions()) {
                if (left.facility() != null && right.facility() != null && left.overlaps(right)
                        && !left.facility().strip().equalsIgnoreCase(right.facility().strip())) {
                    against.add(new Evidence("detention", DETENTIONS_ELSEWHERE,
                            "held in different facilities at the same time", List.of(
                                    left.facility() + " from " + left.from(), right.facility() + " from " + right.from())));
                    return;
                }
            }
        }
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    static String lower(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
