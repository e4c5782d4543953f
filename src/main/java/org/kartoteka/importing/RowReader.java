package org.kartoteka.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.kartoteka.common.PartialDate;
import org.kartoteka.common.Visibility;
import org.kartoteka.security.Role;

/**
 * Reads one register row into a {@link RowPlan}: every cell understood or the row rejected with
 * the column named, then the rules across cells of point 5 of the import issue (docs/import.md).
 * Pure: no database, so that a dry run checks a row exactly as a commit does.
 */
final class RowReader {

    private static final Pattern SCHEME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,49}");
    private static final Pattern URL = Pattern.compile("https?://\\S{1,1990}", Pattern.CASE_INSENSITIVE);

    private final ImportOptions options;
    private final ArticleCatalogue catalogue;
    private final Role role;

    RowReader(ImportOptions options, ArticleCatalogue catalogue, Role role) {
        this.options = options;
        this.catalogue = catalogue;
        this.role = role;
    }

    RowPlan read(RegisterRow row) {
        RowPlan plan = new RowPlan(row.number);
        readId(row, plan);
        readPerson(row, plan);
        readDetention(row, plan);
        readCase(row, plan);
        plan.recognizedOn = cell(row, plan, Column.RECOGNIZED_ON, CellDates::parse);
        plan.recognitionUrl = cell(row, plan, Column.RECOGNITION_URL, RowReader::url);
        plan.sourceUrl = cell(row, plan, Column.SOURCE_URL, RowReader::url);
        if (!plan.rejected()) {
            CrossCellRules.check(plan);
        }
        return plan;
    }

    private void readId(RegisterRow row, RowPlan plan) {
        String id = options.idScheme() == null ? null : Cells.text(row.get(Column.ID));
        if (id != null) {
            plan.scheme = options.idScheme();
            plan.externalValue = id;
            return;
        }
        String external = Cells.text(row.get(Column.EXTERNAL_ID));
        if (external == null) {
            plan.error(options.idScheme() == null ? Column.EXTERNAL_ID : Column.ID, "the row has no id: every row needs"
                    + (options.idScheme() == null ? " an external_id such as viasna:1234" : " an id")
                    + ", so that a later import finds the same person");
            return;
        }
        int colon = external.indexOf(':');
        String scheme = colon < 0 ? "" : external.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = colon < 0 ? "" : external.substring(colon + 1).strip();
        if (!SCHEME.matcher(scheme).matches() || value.isEmpty() || value.length() > 200) {
            plan.error(Column.EXTERNAL_ID, "'" + external + "' is not scheme:value; write e.g. viasna:1234");
            return;
        }
        plan.scheme = scheme;
        plan.externalValue = value;
    }

    private void readPerson(RegisterRow row, RowPlan plan) {
        plan.name = Cells.text(row.get(Column.NAME));
        plan.nameBe = Cells.text(row.get(Column.NAME_BE));
        plan.nameRu = Cells.text(row.get(Column.NAME_RU));
        plan.nameLatin = Cells.text(row.get(Column.NAME_LATIN));
        if (plan.name == null && plan.nameBe == null && plan.nameRu == null && plan.nameLatin == null) {
            plan.error(Column.NAME, "the row has no name: fill name (or name_be, name_ru, name_latin)");
        }
        plan.gender = cell(row, plan, Column.GENDER, Genders::parse);
        plan.birthDate = cell(row, plan, Column.BIRTH_DATE, CellDates::parse);
        plan.region = Cells.text(row.get(Column.REGION));
        plan.occupation = Cells.text(row.get(Column.OCCUPATION));
        plan.description = Cells.text(row.get(Column.DESCRIPTION));
        plan.tags = split(row.get(Column.TAGS), "\\|");
        plan.visibility = cell(row, plan, Column.VISIBILITY, RowReader::visibility);
        Visibility visibility = plan.visibility != null ? plan.visibility : options.visibility();
        if (visibility == Visibility.CONFIDENTIAL && role == Role.RESEARCHER) {
            plan.error(plan.visibility != null ? Column.VISIBILITY : null, "the researcher role may not write"
                    + " CONFIDENTIAL persons; ask an editor to import this row");
        }
    }

    private void readDetention(RegisterRow row, RowPlan plan) {
        plan.status = cell(row, plan, Column.STATUS, HeldStatus::parse);
        plan.detainedOn = cell(row, plan, Column.DETAINED_ON, CellDates::parse);
        plan.releasedOn = cell(row, plan, Column.RELEASED_ON, CellDates::parse);
        plan.facility = Cells.text(row.get(Column.FACILITY));
    }

    private void readCase(RegisterRow row, RowPlan plan) {
        List<ArticleMention> articles = new ArrayList<>();
        for (String cell : row.articles()) {
            try {
                for (ArticleMention mention : ArticleCells.parse(cell)) {
                    if (!catalogue.knows(mention)) {
                        plan.error(Column.ARTICLES, "article " + mention.number() + " of " + mention.code()
                                + " is not in the legal-article catalogue; check the number at /api/v1/legal-articles"
                                + " or add the article there first");
                    } else if (!articles.contains(mention)) {
                        articles.add(mention);
                    }
                }
            } catch (CellException e) {
                plan.error(Column.ARTICLES, e.getMessage());
            }
        }
        plan.articles = articles;
        plan.caseReference = Cells.text(row.get(Column.CASE_REFERENCE));
        plan.groupName = Cells.text(row.get(Column.GROUP_NAME));
        plan.court = Cells.text(row.get(Column.COURT));
        plan.judges = split(row.get(Column.JUDGES), ",");
        plan.verdictOn = cell(row, plan, Column.VERDICT_ON, CellDates::parse);
        plan.appealOn = cell(row, plan, Column.APPEAL_ON, CellDates::parse);
        SentenceKind type = cell(row, plan, Column.SENTENCE_TYPE, SentenceTypes::parse);
        try {
            plan.sentence = SentenceCell.parse(row.get(Column.SENTENCE), type);
        } catch (CellException e) {
            plan.error(Column.SENTENCE, e.getMessage());
        }
    }

    /** The parsed cell, or null with the row's error noted under the column. */
    private static <T> T cell(RegisterRow row, RowPlan plan, Column column, Function<String, T> parser) {
        try {
            return parser.apply(row.get(column));
        } catch (CellException e) {
            plan.error(column, e.getMessage());
            return null;
        }
    }

    private static List<String> split(String raw, String separator) {
        String text = Cells.text(raw);
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static Visibility visibility(String raw) {
        String text = Cells.text(raw);
        if (text == null) {
            return null;
        }
        try {
            return Visibility.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CellException("'" + text + "' is not a visibility: write PUBLIC, RESTRICTED or CONFIDENTIAL");
        }
    }

    private static String url(String raw) {
        String text = Cells.text(raw);
        if (text == null) {
            return null;
        }
        if (!URL.matcher(text).matches()) {
            throw new CellException("'" + text + "' is not a web address: write it as https://...");
        }
        return text;
    }

    /** For tests: the partial date a cell gives, through the same parser the reader uses. */
    static PartialDate date(String raw) {
        return CellDates.parse(raw);
    }
}
