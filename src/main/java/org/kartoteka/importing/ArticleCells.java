package org.kartoteka.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kartoteka.casefile.ChargeModifier;

/**
 * Articles as registers write them, in English, Belarusian or Russian:
 * {@code Part 2 of Art. 293 of the Criminal Code — Participation in riots}, {@code Art. 361-1},
 * {@code ч. 2 ст. 342 УК}, {@code 342 ч.1}, {@code 342}, several in one cell separated by
 * {@code ;}, {@code ,} or line breaks. The general-part articles 13 (preparation), 14 (attempt) and
 * 16 (complicity) of the Belarusian Criminal Code are not charges of their own: they modify the
 * article named after them, so {@code Part 1 of Article 13 and Article 293} is 293 with modifier
 * PREPARATION. The title after a dash is the reader's help, not the article.
 */
final class ArticleCells {

    static final String CRIMINAL_CODE = "BY-CC";
    static final String ADMINISTRATIVE_CODE = "BY-CAO";

    private static final String NUMBER = "(\\d{1,4}(?:-\\d{1,2})?)";
    private static final String PART_WORD = "(?:part|p\\.|ч\\.|ч|часть|части|частью|частка|часткі|пункт)";
    private static final String ARTICLE_WORD = "(?:article|art\\.|art|ст\\.|ст|статья|статьи|статьёй|статьей"
            + "|артыкул|артыкула|арт\\.|арт)";
    /** "part 2 of article 293", "ч. 2 ст. 342", "article 293 part 2", "art. 361-1". */
    private static final Pattern WORDED = Pattern.compile("(?:" + PART_WORD + "\\s*(\\d{1,2})\\s*(?:of\\s+)?)?"
            + ARTICLE_WORD + "\\s*" + NUMBER + "(?!\\d)(?:\\s*,?\\s*" + PART_WORD + "\\s*(\\d{1,2}))?", Pattern.UNICODE_CHARACTER_CLASS);
    /** "342 ч.1", "342 part 1", "342". */
    private static final Pattern BARE = Pattern.compile("^" + NUMBER + "(?:\\s*" + PART_WORD + "\\s*(\\d{1,2}))?$", Pattern.UNICODE_CHARACTER_CLASS);
    /** A title after a spaced dash, or after the code's name. */
    private static final Pattern TITLE = Pattern.compile("\\s[—–-]\\s.*$|\\s*[—–]\\s*[^\\d].*$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SEPARATORS = Pattern.compile("[;\\n\\r]+|,(?=\\s*(?:" + PART_WORD + "|"
            + ARTICLE_WORD + "|\\d))");
    private static final Map<String, ChargeModifier> GENERAL_PART = Map.of(
            "13", ChargeModifier.PREPARATION, "14", ChargeModifier.ATTEMPT, "16", ChargeModifier.COMPLICITY);
    private static final Pattern ADMINISTRATIVE = Pattern.compile("коап|administrative|каап|адм", Pattern.UNICODE_CHARACTER_CLASS);

    private ArticleCells() {}

    /** Every article the cell names, in order; empty when the cell says nothing; throws when it names none. */
    static List<ArticleMention> parse(String raw) {
        String text = Cells.text(raw);
        if (text == null) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
        String code = ADMINISTRATIVE.matcher(lower).find() ? ADMINISTRATIVE_CODE : CRIMINAL_CODE;
        List<String[]> found = new ArrayList<>();
        for (String segment : SEPARATORS.split(lower)) {
            found.addAll(mentions(TITLE.matcher(segment.strip()).replaceFirst("").strip()));
        }
        if (found.isEmpty()) {
            throw new CellException("'" + text + "' names no article this import reads: write e.g. 342, 342 part 2,"
                    + " Art. 361-1, ч. 2 ст. 342 or Part 2 of Article 293");
        }
        return withModifiers(found, code, text);
    }

    private static List<String[]> mentions(String segment) {
        List<String[]> found = new ArrayList<>();
        if (segment.isEmpty()) {
            return found;
        }
        Matcher bare = BARE.matcher(segment);
        if (bare.matches()) {
            found.add(new String[] {bare.group(1), bare.group(2)});
            return found;
        }
        Matcher worded = WORDED.matcher(segment);
        while (worded.find()) {
            String part = worded.group(1) != null ? worded.group(1) : worded.group(3);
            found.add(new String[] {worded.group(2), part});
        }
        return found;
    }

    /** Folds articles 13, 14 and 16 into the article after them (criminal code only). */
    private static List<ArticleMention> withModifiers(List<String[]> found, String code, String text) {
        List<ArticleMention> mentions = new ArrayList<>();
        ChargeModifier pending = ChargeModifier.NONE;
        for (int i = 0; i < found.size(); i++) {
            String number = found.get(i)[0];
            ChargeModifier modifier = code.equals(CRIMINAL_CODE) ? GENERAL_PART.get(number) : null;
            if (modifier != null && i + 1 < found.size()) {
                pending = modifier;
                continue;
            }
            mentions.add(new ArticleMention(code, number, found.get(i)[1], pending));
            pending = ChargeModifier.NONE;
        }
        if (pending != ChargeModifier.NONE) {
            throw new CellException("'" + text + "' names a general-part article but no article after it");
        }
        return mentions;
    }
}
