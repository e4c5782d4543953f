package org.kartoteka.importing;

import java.util.Locale;
import java.util.Map;
import org.kartoteka.person.Gender;

/** Gender as registers write it: {@code male}, {@code female}, {@code m}, {@code f}, {@code м}, {@code ж}, ... */
final class Genders {

    private static final Map<String, Gender> WORDS = Map.ofEntries(
            Map.entry("male", Gender.MALE), Map.entry("m", Gender.MALE), Map.entry("man", Gender.MALE),
            Map.entry("м", Gender.MALE), Map.entry("муж", Gender.MALE), Map.entry("мужской", Gender.MALE),
            Map.entry("мужчына", Gender.MALE), Map.entry("мужчина", Gender.MALE),
            Map.entry("female", Gender.FEMALE), Map.entry("f", Gender.FEMALE), Map.entry("woman", Gender.FEMALE),
            Map.entry("ж", Gender.FEMALE), Map.entry("жен", Gender.FEMALE), Map.entry("женский", Gender.FEMALE),
            Map.entry("жанчына", Gender.FEMALE), Map.entry("женщина", Gender.FEMALE),
            Map.entry("other", Gender.OTHER), Map.entry("unknown", Gender.UNKNOWN));

    private Genders() {}

    /** The gender, or null when the cell says nothing. */
    static Gender parse(String raw) {
        String text = Cells.text(raw);
        if (text == null) {
            return null;
        }
        Gender gender = WORDS.get(text.toLowerCase(Locale.ROOT).replace(".", ""));
        if (gender == null) {
            throw new CellException("'" + text + "' is not a gender this import reads: write male, female, m, f, м or ж"
                    + " (or leave the cell empty)");
        }
        return gender;
    }
}
