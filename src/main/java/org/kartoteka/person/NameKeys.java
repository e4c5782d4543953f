package org.kartoteka.person;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds one word of a name, in any script and transliteration, into spelling-independent search
 * keys, so that {@code Ціханоўская}, {@code Тихановская}, {@code Tsikhanouskaya},
 * {@code Cichanoŭskaja} and {@code Tikhanovskaya} all become {@code tiganavska}.
 *
 * <p>Two steps (docs/search.md lists every rule with examples):
 * <ol>
 * <li><b>Reading</b> turns the word into sounds written in a small Latin alphabet: Cyrillic letter by
 * letter (я → ja, ў → v, х and г → g, ч → q, ш → x, ж → w, ц → c, ь → j); Latin by the usual
 * BGN/PCGN, Łacinka and Polish digraphs (kh → g, zh/ž/ż → w, sh/š/sz → x, ch/č/cz → q, ŭ/w → v,
 * y before a vowel → j, u after a/e/o before a consonant → v). Latin {@code ch} is х in Łacinka
 * and Polish but ч in English, so a word with {@code ch} gets a key for each reading. Other
 * scripts go through ICU's {@code Any-Latin; Latin-ASCII} first.</li>
 * <li><b>Folding</b> removes what Belarusian and Russian forms and the transliteration systems
 * disagree on: ts → c; dz → d (дзеканне); c before a soft vowel → t (цеканне); the iotation
 * j and the softening i before a vowel are dropped (я/ya/ia/ja → a); й after a vowel → i;
 * o and e → a (аканне, яканне); double letters → one.</li>
 * </ol>
 * Given names whose Belarusian and Russian forms differ in more than spelling (Uladzimir and
 * Vladimir) get one more key from {@link GivenNameForms}.
 *
 * <p>Keys contain only {@code a-z} and {@code 0-9}. Change {@link #VERSION} with any rule, so
 * that stored keys are rebuilt on the next start.
 */
public final class NameKeys {

    /** The version of the rules; stored keys of another version are rebuilt at start. */
    public static final int VERSION = 1;

    /** Keys longer than this are cut: no real name part is this long. */
    static final int MAX_KEY_LENGTH = 60;

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Transliterator ANY_TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final Transliterator LATIN_TO_ASCII = Transliterator.getInstance("Latin-ASCII");
    private static final Pattern NOT_ASCII_LETTER = Pattern.compile("[^a-zA-Z0-9'’ʼ]");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}'’ʼ]+");
    private static final String VOWELS = "aeiou";
    /** Marks a Latin {@code ch} until the variants of the word are spelled out. */
    private static final char CH = '#';

    private NameKeys() {}

    /** The words of a name: split at spaces, hyphens, dots and commas; apostrophes stay. */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String word : WORD_SEPARATOR.split(NFC.normalize(name).toLowerCase(Locale.ROOT))) {
            String trimmed = word.replaceAll("^['’ʼ]+|['’ʼ]+$", "");
            if (!trimmed.isEmpty()) {
                words.add(trimmed);
            }
        }
        return words;
    }

    /** Every key of one word: its folded readings and, for a known given name, its common form. */
    public static Set<String> keys(String word) {
        Set<String> keys = new LinkedHashSet<>();
        for (String reading : readings(word)) {
            String key = fold(reading);
            if (!key.isEmpty()) {
                keys.add(key);
                GivenNameForms.commonForm(key).ifPresent(keys::add);
            }
        }
        return keys;
    }

    /** The folded key of the first reading of a word: what the unit tests compare. */
    static String key(String word) {
        return keys(word).stream().findFirst().orElse("");
    }

    /** The word read as sounds; several readings when a Latin {@code ch} may be х or ч. */
    static List<String> readings(String word) {
        String sounds = hasCyrillic(word) ? readCyrillic(word) : readLatin(word);
        List<String> readings = new ArrayList<>();
        readings.add(sounds);
        for (int i = sounds.indexOf(CH); i >= 0 && readings.size() < 8; i = sounds.indexOf(CH, i + 1)) {
            List<String> next = new ArrayList<>();
            for (String r : readings) {
                int at = r.indexOf(CH);
                next.add(r.substring(0, at) + 'q' + r.substring(at + 1));
                next.add(r.substring(0, at) + 'g' + r.substring(at + 1));
            }
            readings = next;
        }
        return readings.stream().map(r -> r.replace(CH, 'q')).toList();
    }

    private static boolean hasCyrillic(String word) {
        return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    private static String readCyrillic(String word) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            String sound = CyrillicSounds.of(c);
            out.append(sound != null ? sound : asciiLetters(String.valueOf(c)));
        }
        return out.toString();
    }

    /** Latin (or any other script, through ICU) read with the BGN/PCGN, Łacinka and Polish digraphs. */
    private static String readLatin(String word) {
        String marked = word.replace("č", "Q").replace("š", "X").replace("ž", "W").replace("ż", "W")
                .replace("ŭ", "V").replace("ë", "jo").replace("ł", "l");
        String ascii = asciiLetters(marked);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < ascii.length()) {
            i = readLatinAt(ascii, i, out);
        }
        return out.toString();
    }

    /** ASCII text is left as it is (ICU would return it unchanged, at a cost a bulk import noticed). */
    private static String asciiLetters(String text) {
        String latin;
        if (text.chars().allMatch(c -> c < 0x80)) {
            latin = text;
        } else if (text.codePoints().allMatch(c -> c < 0x250 || Character.isUpperCase(c))) {
            latin = LATIN_TO_ASCII.transliterate(text);
        } else {
            latin = ANY_TO_ASCII.transliterate(text);
        }
        return NOT_ASCII_LETTER.matcher(latin).replaceAll("");
    }

    /** Reads the sound at {@code i}, appends it and returns where the next one starts. */
    private static int readLatinAt(String s, int i, StringBuilder out) {
        for (String[] digraph : LATIN_DIGRAPHS) {
            if (s.startsWith(digraph[0], i)) {
                out.append(digraph[1]);
                return i + digraph[0].length();
            }
        }
        char c = s.charAt(i);
        char prev = i > 0 ? s.charAt(i - 1) : ' ';
        char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        out.append(switch (c) {
            case 'y' -> next != 'y' && isVowel(next) || isVowel(prev) && !isVowel(next) ? "j" : "i";
            case 'u' -> "aeo".indexOf(prev) >= 0 && !isVowel(next) ? "v" : "u";
            case 'h' -> "g";
            case 'w', 'V' -> "v";
            case 'x' -> "ks";
            case 'q', 'Q' -> c == 'Q' ? "q" : "k";
            case 'X' -> "x";
            case 'W' -> "w";
            case '\'', '’', 'ʼ' -> "j";
            default -> String.valueOf(c);
        });
        return i + 1;
    }

    private static final String[][] LATIN_DIGRAPHS = {
        {"shch", "xq"}, {"szcz", "xq"}, {"zh", "w"}, {"kh", "g"}, {"sh", "x"}, {"sz", "x"},
        {"cz", "q"}, {"tch", "q"}, {"ch", String.valueOf(CH)}, {"tz", "c"}, {"ts", "c"},
    };

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0 || c == 'y';
    }

    // Folding: each rule names the difference between spellings it removes.
    private static final Pattern DZ = Pattern.compile("dz");
    private static final Pattern SOFT_C = Pattern.compile("c(?=[iej])");
    private static final Pattern GLIDE_J = Pattern.compile("(?<![aeiou])j|j(?=[aeiou])");
    private static final Pattern SOFTENING_I = Pattern.compile("i(?=[aeoui])");
    private static final Pattern DOUBLE = Pattern.compile("(.)\\1+");

    /** Folds a reading into its key. */
    static String fold(String sounds) {
        String s = sounds.replaceAll("[^a-z0-9]", "").replace("ts", "c");
        s = DZ.matcher(s).replaceAll("d");
        s = SOFT_C.matcher(s).replaceAll("t");
        s = GLIDE_J.matcher(s).replaceAll("");
        s = SOFTENING_I.matcher(s).replaceAll("");
        s = s.replace('j', 'i').replace('o', 'a').replace('e', 'a').replace('y', 'i');
        s = DOUBLE.matcher(s).replaceAll("$1");
        return s.length() > MAX_KEY_LENGTH ? s.substring(0, MAX_KEY_LENGTH) : s;
    }
}
