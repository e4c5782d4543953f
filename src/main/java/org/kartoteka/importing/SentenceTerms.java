package org.kartoteka.importing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terms as registers write them: {@code 6 years}, {@code 4 1/2 years}, {@code 4.5 years},
 * {@code 2 years 6 months}, {@code 1 year and 3 months}, {@code 3 years of restricted freedom},
 * {@code 6 лет}, {@code 2 года 6 месяцев}, {@code 3 гады}, {@code 15 days}. In days, as the API
 * stores a term: a year is 365 days and a month 30 (the convention docs/import.md states), so
 * {@code 2 years 6 months} is 910 days.
 */
final class SentenceTerms {

    private static final Pattern YEARS = Pattern.compile("(\\d{1,2})(?:[.,](\\d))?(?:\\s+(\\d)\\s*/\\s*(\\d))?\\s*"
            + "(?:years?|yrs?|y\\b|год[аы]?|лет|гад[ыоў]\\w*|г\\.)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MONTHS = Pattern.compile("(\\d{1,3})\\s*(?:months?|mos?\\b|мес\\w*|месяц\\w*|мес\\.)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DAYS = Pattern.compile("(\\d{1,4})\\s*(?:days?|дн\\w*|дзён|дні|сут\\w*)", Pattern.UNICODE_CHARACTER_CLASS);
    static final int DAYS_PER_YEAR = 365;
    static final int DAYS_PER_MONTH = 30;

    private SentenceTerms() {}

    /** The term in days the text gives, or null when it gives none. */
    static Integer find(String text) {
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher years = YEARS.matcher(lower);
        Matcher months = MONTHS.matcher(lower);
        Matcher days = DAYS.matcher(lower);
        boolean any = false;
        int total = 0;
        if (years.find()) {
            any = true;
            int whole = Integer.parseInt(years.group(1));
            double fraction = years.group(2) != null ? Integer.parseInt(years.group(2)) / 10.0
                    : years.group(3) != null ? Integer.parseInt(years.group(3)) / (double) Integer.parseInt(years.group(4))
                    : 0;
            total += whole * DAYS_PER_YEAR + (int) Math.round(fraction * 12) * DAYS_PER_MONTH;
        }
        if (months.find()) {
            any = true;
            total += Integer.parseInt(months.group(1)) * DAYS_PER_MONTH;
        }
        if (days.find()) {
            any = true;
            total += Integer.parseInt(days.group(1));
        }
        return any ? total : null;
    }
}
