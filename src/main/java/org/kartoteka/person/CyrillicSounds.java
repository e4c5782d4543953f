package org.kartoteka.person;

import java.util.Map;

/**
 * How {@link NameKeys} reads Belarusian, Russian and Ukrainian Cyrillic letters: as sounds in its
 * small Latin alphabet (q = ч, x = ш, w = ж, c = ц, j = iotation and softness), before folding.
 */
final class CyrillicSounds {

    private static final Map<Character, String> SOUNDS = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('ґ', "g"), Map.entry('д', "d"), Map.entry('е', "je"), Map.entry('ё', "jo"),
            Map.entry('є', "je"), Map.entry('ж', "w"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('і', "i"), Map.entry('ї', "ji"), Map.entry('й', "j"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ў', "v"), Map.entry('ф', "f"), Map.entry('х', "g"),
            Map.entry('ц', "c"), Map.entry('ч', "q"), Map.entry('ш', "x"), Map.entry('щ', "xq"),
            Map.entry('ъ', "j"), Map.entry('ы', "i"), Map.entry('ь', "j"), Map.entry('э', "e"),
            Map.entry('ю', "ju"), Map.entry('я', "ja"), Map.entry('\'', "j"), Map.entry('’', "j"),
            Map.entry('ʼ', "j"));

    private CyrillicSounds() {}

    /** The sound of a lower-case letter, or null when it is not one of these Cyrillic letters. */
    static String of(char letter) {
        return SOUNDS.get(letter);
    }
}
