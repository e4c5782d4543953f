package org.kartoteka.importing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kartoteka.casefile.ChargeModifier;
import org.kartoteka.casefile.SentenceType;
import org.kartoteka.person.Gender;

/** Every cell form the import issue names, one by one, and the refusals that name what to write. */
class CellFormsTest {

    @ParameterizedTest
    @CsvSource({"2021, 2021", "2021-03, 2021-03", "2021-03-17, 2021-03-17", "17.03.2021, 2021-03-17",
            "7.3.2021, 2021-03-07", "03.2021, 2021-03", "' 2021-03-17 ', 2021-03-17"})
    void datesAsPeopleWriteThem(String cell, String iso) {
        assertThat(CellDates.parse(cell).value(), equalTo(iso));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "FALSE", "false"})
    void emptyCellsAndFalseMeanNotKnown(String cell) {
        assertThat(CellDates.parse(cell), nullValue());
        assertThat(Cells.text(cell), nullValue());
        assertThat(Genders.parse(cell), nullValue());
        assertThat(ArticleCells.parse(cell), equalTo(List.of()));
        assertThat(SentenceCell.parse(cell, null), nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.02.2021", "2021-13", "yesterday", "17/03/21", "1799"})
    void impossibleDatesAreRefusedWithTheFormsToWrite(String cell) {
        CellException e = assertThrows(CellException.class, () -> CellDates.parse(cell));
        assertThat(e.getMessage(), containsString("2021-03-17"));
    }

    @Test
    void aDateInTheFutureIsRefused() {
        String tomorrow = LocalDate.now().plusDays(2).toString();
        CellException e = assertThrows(CellException.class, () -> CellDates.parse(tomorrow));
        assertThat(e.getMessage(), containsString("future"));
    }

    @Test
    void formulaLookingTextIsKeptAsText() {
        assertThat(Cells.text("=1+1"), equalTo("=1+1"));
        assertThat(Cells.text("  =HYPERLINK(\"x\")  "), equalTo("=HYPERLINK(\"x\")"));
    }

    @ParameterizedTest
    @CsvSource({"male, MALE", "female, FEMALE", "m, MALE", "f, FEMALE", "М, MALE", "ж, FEMALE", "Male, MALE"})
    void genders(String cell, Gender gender) {
        assertThat(Genders.parse(cell), equalTo(gender));
    }

    @Test
    void anUnknownGenderNamesTheFormsToWrite() {
        assertThat(assertThrows(CellException.class, () -> Genders.parse("x")).getMessage(), containsString("male"));
    }

    @ParameterizedTest
    @CsvSource({"active, HELD", "held, HELD", "former, FORMER", "released, FORMER", "Active, HELD"})
    void statuses(String cell, HeldStatus status) {
        assertThat(HeldStatus.parse(cell), equalTo(status));
    }

    @Test
    void articlesInEnglishWithTheTitle() {
        assertThat(ArticleCells.parse("Part 2 of Art. 293 of the Criminal Code — Participation in riots"),
                equalTo(List.of(cc("293", "2", ChargeModifier.NONE))));
    }

    @Test
    void articleWithAHyphenatedNumber() {
        assertThat(ArticleCells.parse("Art. 361-1"), equalTo(List.of(cc("361-1", null, ChargeModifier.NONE))));
    }

    @Test
    void articlesInRussianPartFirst() {
        assertThat(ArticleCells.parse("ч. 2 ст. 342 УК"), equalTo(List.of(cc("342", "2", ChargeModifier.NONE))));
    }

    @Test
    void articlesNumberFirst() {
        assertThat(ArticleCells.parse("342 ч.1"), equalTo(List.of(cc("342", "1", ChargeModifier.NONE))));
        assertThat(ArticleCells.parse("342"), equalTo(List.of(cc("342", null, ChargeModifier.NONE))));
    }

    @Test
    void article13IsPreparationOfTheArticleAfterIt() {
        assertThat(ArticleCells.parse("Part 1 of Article 13 and Article 293 of the Criminal Code"),
                equalTo(List.of(cc("293", null, ChargeModifier.PREPARATION))));
        assertThat(ArticleCells.parse("ч. 1 ст. 14, ч. 1 ст. 357 УК"),
                equalTo(List.of(cc("357", "1", ChargeModifier.ATTEMPT))));
    }

    @Test
    void severalArticlesInOneCell() {
        assertThat(ArticleCells.parse("ч. 2 ст. 342; ч. 1 ст. 361-1\nArt. 130"), equalTo(List.of(
                cc("342", "2", ChargeModifier.NONE), cc("361-1", "1", ChargeModifier.NONE),
                cc("130", null, ChargeModifier.NONE))));
    }

    @Test
    void aCellWithoutAnArticleNamesTheFormsToWrite() {
        assertThat(assertThrows(CellException.class, () -> ArticleCells.parse("riots")).getMessage(),
                containsString("ч. 2 ст. 342"));
    }

    @ParameterizedTest
    @CsvSource({"6 years, 2190", "'4 1/2 years', 1640", "2 years 6 months, 910", "1 year and 3 months, 455",
            "4.5 years, 1640", "6 лет, 2190", "2 года 6 месяцев, 910", "3 гады, 1095", "15 days, 15"})
    void sentenceTerms(String cell, int days) {
        assertThat(SentenceCell.parse(cell, null).termDays(), equalTo(days));
    }

    @Test
    void aTermOfRestrictedFreedomGivesTheType() {
        SentenceCell sentence = SentenceCell.parse("3 years of restricted freedom", null);
        assertThat(sentence.type(), equalTo(SentenceType.RESTRICTION_OF_FREEDOM));
        assertThat(sentence.termDays(), equalTo(1095));
        assertThat(sentence.deprivesLiberty(), equalTo(false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "imprisonment in a medium-security penal colony|PENAL_COLONY|medium",
            "imprisonment in a high security prison|PRISON|high",
            "imprisonment in a general-regime penal colony|PENAL_COLONY|general",
            "restriction of freedom|RESTRICTION_OF_FREEDOM|",
            "restriction of freedom with referral to an open-type correctional facility|OPEN_FACILITY|",
            "suspended imprisonment|SUSPENDED|",
            "home confinement|HOME_CONFINEMENT|",
            "лишение свободы в исправительной колонии усиленного режима|PENAL_COLONY|medium",
            "лишение свободы в исправительной колонии строгого режима|PENAL_COLONY|high",
            "тюремный режим|PRISON|",
            "ограничение свободы|RESTRICTION_OF_FREEDOM|",
            "ограничение свободы с направлением в исправительное учреждение открытого типа|OPEN_FACILITY|",
            "домашняя химия — ограничение свободы без направления|RESTRICTION_OF_FREEDOM|",
            "пазбаўленне волі ў папраўчай калоніі ўзмоцненага рэжыму|PENAL_COLONY|medium",
            "абмежаванне волі|RESTRICTION_OF_FREEDOM|",
            "пазбаўленне волі ўмоўна|SUSPENDED|",
            "штраф|FINE|",
            "arrest|ARREST|"})
    void sentenceTypes(String cell, SentenceType type, String regime) {
        SentenceKind kind = SentenceTypes.parse(cell);
        assertThat(kind.type(), equalTo(type));
        assertThat(kind.regime(), equalTo(regime));
    }

    @Test
    void plainImprisonmentIsCustodialOfAnUnnamedType() {
        SentenceCell sentence = SentenceCell.parse("5 years", SentenceTypes.parse("imprisonment"));
        assertThat(sentence.type(), equalTo(SentenceType.OTHER));
        assertThat(sentence.deprivesLiberty(), equalTo(true));
    }

    @Test
    void anUnknownSentenceTypeNamesTheFormsToWrite() {
        assertThat(assertThrows(CellException.class, () -> SentenceTypes.parse("community service?")).getMessage(),
                containsString("penal colony"));
        assertThat(assertThrows(CellException.class, () -> SentenceCell.parse("harsh", null)).getMessage(),
                containsString("6 years"));
    }

    @ParameterizedTest
    @CsvSource({"external_id, EXTERNAL_ID", "External ID, EXTERNAL_ID", "birthday, BIRTH_DATE", "Birth-Date, BIRTH_DATE",
            "arrested, DETAINED_ON", "release_date, RELEASED_ON", "prison/title, FACILITY", "prison, FACILITY",
            "articles/0, ARTICLES", "articles/12, ARTICLES", "Article, ARTICLES", "judge, JUDGES",
            "verdict_date, VERDICT_ON", "decision, SENTENCE", "penalty, SENTENCE_TYPE", "appeal_date, APPEAL_ON",
            "declaration, RECOGNITION_URL", "Name_BE, NAME_BE", "id, ID"})
    void columnsAndTheirAliases(String header, Column column) {
        assertThat(Column.of(header), equalTo(column));
    }

    @ParameterizedTest
    @ValueSource(strings = {"url", "photo", "councel"})
    void otherColumnsOfTheExportAreIgnored(String header) {
        assertThat(Column.of(header), nullValue());
    }

    @Test
    void aJobMatchesEachHeaderOnceAndAnswersTheSameEveryRow() {
        HeaderColumns headers = new HeaderColumns();
        for (int row = 0; row < 3; row++) {
            assertThat(headers.of("Prison/Title"), equalTo(Column.FACILITY));
            assertThat(headers.of("articles/3"), equalTo(Column.ARTICLES));
            assertThat(headers.of("photo"), nullValue());
            assertThat(headers.of(null), nullValue());
        }
    }

    private static ArticleMention cc(String number, String part, ChargeModifier modifier) {
        return new ArticleMention(ArticleCells.CRIMINAL_CODE, number, part, modifier);
    }
}
