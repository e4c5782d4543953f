package org.kartoteka.feed;

import java.util.Map;
import org.kartoteka.publiccount.CountText;

/**
 * The words of the feeds in English, Belarusian and Russian. Titles avoid gendered verb forms
 * ("Name: прызнанне палітвязнем" rather than "прызнаны/прызнаная"), since a record's gender may
 * be unknown.
 */
final class FeedTexts {

    private static final Map<String, String> FEED_TITLE = Map.of(
            "en", "Kartoteka: events of the register",
            "be", "Картатэка: падзеі рэестра",
            "ru", "Картотека: события реестра");

    private static final Map<String, String> RECOGNISED = Map.of(
            "en", "%s recognised as a political prisoner",
            "be", "%s: прызнанне палітвязнем",
            "ru", "%s: признание политзаключённым");

    private static final Map<String, String> RECOGNISED_BY = Map.of(
            "en", "Recognised by", "be", "Хто прызнаў", "ru", "Кто признал");

    private static final Map<String, String> RELEASED = Map.of(
            "en", "%s released", "be", "%s: вызваленне", "ru", "%s: освобождение");

    private static final Map<String, String> DIED = Map.of(
            "en", "%s died in detention", "be", "%s: смерць у зняволенні", "ru", "%s: смерть в заключении");

    private static final Map<String, Map<String, String>> END_REASONS = Map.of(
            "en", Map.of("SENTENCE_SERVED", "sentence served", "PARDONED", "pardoned", "AMNESTY", "amnesty",
                    "ACQUITTED", "acquitted", "DEPORTED", "deported", "DIED", "died", "UNKNOWN", "reason unknown"),
            "be", Map.of("SENTENCE_SERVED", "тэрмін скончыўся", "PARDONED", "памілаванне", "AMNESTY", "амністыя",
                    "ACQUITTED", "апраўданне", "DEPORTED", "дэпартацыя", "DIED", "смерць", "UNKNOWN",
                    "прычына невядомая"),
            "ru", Map.of("SENTENCE_SERVED", "срок отбыт", "PARDONED", "помилование", "AMNESTY", "амнистия",
                    "ACQUITTED", "оправдание", "DEPORTED", "депортация", "DIED", "смерть", "UNKNOWN",
                    "причина неизвестна"));

    private static final Map<String, Map<String, String>> VERDICTS = Map.of(
            "en", Map.of("CONVICTED", "conviction", "ACQUITTED", "acquittal", "RETURNED",
                    "case returned to the prosecutor"),
            "be", Map.of("CONVICTED", "абвінаваўчы прысуд", "ACQUITTED", "апраўдальны прысуд", "RETURNED",
                    "справа вернута пракурору"),
            "ru", Map.of("CONVICTED", "обвинительный приговор", "ACQUITTED", "оправдательный приговор", "RETURNED",
                    "дело возвращено прокурору"));

    private static final Map<String, String> DATE_UNKNOWN = Map.of(
            "en", "date unknown", "be", "дата невядомая", "ru", "дата неизвестна");

    private FeedTexts() {}

    static String feedTitle(String lang) {
        return FEED_TITLE.get(lang);
    }

    /** The entry's title: what happened, and to whom. */
    static String title(String lang, FeedEvent event) {
        return switch (event.kind()) {
            case RECOGNITION -> RECOGNISED.get(lang).formatted(event.personName());
            case RELEASE -> ("DIED".equals(event.detail()) ? DIED : RELEASED).get(lang).formatted(event.personName());
            case VERDICT -> event.personName() + ": " + VERDICTS.get(lang).getOrDefault(event.detail(), event.detail());
            case FIGURE -> label(lang, event) + ": " + CountText.figure(lang, event.qualifier(), event.value());
        };
    }

    /** The entry's text: the date in words and the detail (who recognised, why it ended, who published). */
    static String text(String lang, FeedEvent event) {
        String date = event.date() == null ? DATE_UNKNOWN.get(lang) : CountText.date(lang, event.date());
        return switch (event.kind()) {
            case RECOGNITION -> date + ". " + RECOGNISED_BY.get(lang) + ": " + event.detail() + ".";
            case RELEASE -> date + (event.detail() == null ? "." : ", "
                    + END_REASONS.get(lang).getOrDefault(event.detail(), event.detail()) + ".");
            case VERDICT -> date + ".";
            case FIGURE -> date + (event.detail() == null ? "." : ", " + event.detail() + ".");
        };
    }

    private static String label(String lang, FeedEvent event) {
        String label = event.labels().get(lang);
        return label == null || label.isBlank() ? event.labels().get("") : label;
    }
}
