package org.kartoteka.publiccount;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import org.kartoteka.common.ProblemException;
import org.kartoteka.observation.Qualifier;

/**
 * The words of the widget and the badge in English, Belarusian and Russian: qualifiers, "as of",
 * numbers grouped by thousands (1,500 / 1 500) and dates with month names. widget.js holds the
 * same tables for the script embed; keep them in step.
 */
public final class CountText {

    static final String NBSP = "\u00a0";

    private static final Map<String, Map<Qualifier, String>> QUALIFIERS = Map.of(
            "en", Map.of(Qualifier.EXACT, "", Qualifier.AT_LEAST, "at least", Qualifier.MORE_THAN, "more than",
                    Qualifier.NEARLY, "nearly", Qualifier.ABOUT, "about", Qualifier.AT_MOST, "at most"),
            "be", Map.of(Qualifier.EXACT, "", Qualifier.AT_LEAST, "не менш за", Qualifier.MORE_THAN, "больш за",
                    Qualifier.NEARLY, "амаль", Qualifier.ABOUT, "каля", Qualifier.AT_MOST, "не больш за"),
            "ru", Map.of(Qualifier.EXACT, "", Qualifier.AT_LEAST, "не менее", Qualifier.MORE_THAN, "более",
                    Qualifier.NEARLY, "почти", Qualifier.ABOUT, "около", Qualifier.AT_MOST, "не более"));

    private static final Map<String, String> AS_OF = Map.of("en", "as of", "be", "па стане на", "ru", "по состоянию на");
    private static final Map<String, String> SOURCE = Map.of("en", "Source", "be", "Крыніца", "ru", "Источник");
    private static final Map<String, String> NO_FIGURE = Map.of("en", "no figure yet", "be", "няма лічбы",
            "ru", "нет данных");

    /** Months after a day number (genitive in Belarusian and Russian): "4 лістапада 2022". */
    private static final Map<String, String[]> MONTHS_OF_DAY = Map.of(
            "en", new String[] {"January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"},
            "be", new String[] {"студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня", "ліпеня", "жніўня",
                "верасня", "кастрычніка", "лістапада", "снежня"},
            "ru", new String[] {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                "октября", "ноября", "декабря"});

    /** Months on their own: "лістапад 2022". */
    private static final Map<String, String[]> MONTHS = Map.of(
            "en", MONTHS_OF_DAY.get("en"),
            "be", new String[] {"студзень", "люты", "сакавік", "красавік", "май", "чэрвень", "ліпень", "жнівень",
                "верасень", "кастрычнік", "лістапад", "снежань"},
            "ru", new String[] {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                "октябрь", "ноябрь", "декабрь"});

    private CountText() {}

    /** en, be or ru (en when absent); anything else is a 422 naming the parameter. */
    public static String requireLang(String parameter, String requested) {
        if (requested == null || requested.isBlank()) {
            return "en";
        }
        String lang = requested.strip().toLowerCase(Locale.ROOT);
        if (!QUALIFIERS.containsKey(lang)) {
            throw ProblemException.invalid(parameter, "is not a language Kartoteka writes; use en, be or ru");
        }
        return lang;
    }

    /** en, be or ru; anything else reads as en. */
    public static String lang(String requested) {
        String lang = requested == null ? "en" : requested.strip().toLowerCase(Locale.ROOT);
        return QUALIFIERS.containsKey(lang) ? lang : "en";
    }

    /** "more than 1,500", "больш за 1 500", "963". */
    static String figure(String lang, PublicCount count) {
        if (count.value() == null) {
            return NO_FIGURE.get(lang);
        }
        return figure(lang, count.qualifier(), count.value());
    }

    /** "more than 1,500", "больш за 1 500", "963" (no qualifier: the number alone). */
    public static String figure(String lang, Qualifier qualifierOrNull, BigDecimal value) {
        String qualifier = qualifierOrNull == null ? "" : QUALIFIERS.get(lang).get(qualifierOrNull);
        String number = number(lang, value);
        return qualifier.isEmpty() ? number : qualifier + " " + number;
    }

    static String number(String lang, BigDecimal value) {
        String digits = value.setScale(0, RoundingMode.HALF_UP).toPlainString();
        StringBuilder out = new StringBuilder();
        String separator = "en".equals(lang) ? "," : NBSP;
        int start = digits.startsWith("-") ? 1 : 0;
        for (int i = 0; i < digits.length(); i++) {
            int fromEnd = digits.length() - i;
            if (i > start && fromEnd % 3 == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** "as of 4 November 2022", "па стане на 4 лістапада 2022"; empty without a date. */
    static String asOf(String lang, String partialDate) {
        if (partialDate == null) {
            return "";
        }
        return AS_OF.get(lang) + " " + date(lang, partialDate);
    }

    /** "4 November 2022", "лістапад 2022", "2021": a partial date in words. */
    public static String date(String lang, String partialDate) {
        String[] parts = partialDate.split("-");
        if (parts.length == 1) {
            return parts[0];
        }
        int month = Integer.parseInt(parts[1]) - 1;
        if (parts.length == 2) {
            return MONTHS.get(lang)[month] + " " + parts[0];
        }
        return Integer.parseInt(parts[2]) + " " + MONTHS_OF_DAY.get(lang)[month] + " " + parts[0];
    }

    static String sourceLabel(String lang) {
        return SOURCE.get(lang);
    }

    /** The name of the source as a reader sees it: its title, else its publisher. */
    static String sourceName(PublicCount count) {
        if (count.source() == null) {
            return "";
        }
        return count.source().title() != null ? count.source().title()
                : count.source().publisher() == null ? "" : count.source().publisher();
    }

    static String label(String lang, PublicCount count) {
        return count.labels() == null ? count.label() : count.labels().in(lang, count.label());
    }

    /** Text for HTML and XML: the five special characters escaped. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
