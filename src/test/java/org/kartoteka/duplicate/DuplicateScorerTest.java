package org.kartoteka.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.common.PartialDate;
import org.kartoteka.person.Gender;

/** The scoring rules of docs/duplicates.md, one reason or objection at a time. */
class DuplicateScorerTest {

    private static final UUID SOURCE = UUID.randomUUID();

    private static PersonProfile person(String name, Gender gender, String birthDate, String region) {
        return new PersonProfile(UUID.randomUUID(), null, name, PersonProfile.spell(List.of(name)), gender,
                PartialDate.parse(birthDate), region, Map.of(), Set.of(), Set.of(), Set.of(), List.of());
    }

    private static PersonProfile with(PersonProfile p, Map<String, String> ids, Set<String> refs, Set<String> groups,
            Set<UUID> sources, List<PersonProfile.DetentionSpan> detentions) {
        return new PersonProfile(p.id(), p.visibility(), p.displayName(), p.names(), p.gender(), p.birthDate(), p.region(),
                ids, refs, groups, sources, detentions);
    }

    private static List<String> kinds(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::kind).toList();
    }

    @Test
    void theSameNameInTwoScriptsMatchesWithBothSpellings() {
        DuplicateScorer.Scored s = DuplicateScorer.score(person("Ihar Losik", Gender.MALE, null, null),
                person("Игорь Лосик", Gender.MALE, null, null));
        assertEquals(List.of("name"), kinds(s.reasons()));
        assertEquals(List.of("Ihar Losik", "Игорь Лосик"), s.reasons().get(0).values());
        assertEquals(DuplicateScorer.NAME, s.score(), 1e-9);
    }

    @Test
    void anEqualBirthDayAndRegionAddUpAboveTheImportThreshold() {
        DuplicateScorer.Scored s = DuplicateScorer.score(person("Ihar Losik", Gender.MALE, "1992-09-13", "Minsk"),
                person("Ігар Лосік", Gender.UNKNOWN, "1992-09-13", "minsk"));
        assertEquals(List.of("name", "birthDate", "region"), kinds(s.reasons()));
        assertTrue(s.score() >= 0.9, "score " + s.score());
    }

    @Test
    void aYearIsCompatibleWithADayOfIt() {
        DuplicateScorer.Scored s = DuplicateScorer.score(person("Ihar Losik", Gender.MALE, "1992", null),
                person("Ihar Losik", Gender.MALE, "1992-09-13", null));
        assertEquals(DuplicateScorer.BIRTH_COMPATIBLE, s.reasons().get(1).weight(), 1e-9);
        assertEquals(List.of("1992", "1992-09-13"), s.reasons().get(1).values());
    }

    @Test
    void differentBirthYearsAndGendersSpeakAgainst() {
        DuplicateScorer.Scored years = DuplicateScorer.score(person("Ihar Losik", Gender.MALE, "1992", null),
                person("Ihar Losik", Gender.MALE, "1971-02-01", null));
        assertEquals(List.of("birthDate"), kinds(years.against()));
        assertTrue(years.score() < 0.5, "score " + years.score());
        DuplicateScorer.Scored genders = DuplicateScorer.score(person("Sasha Kavaleva", Gender.FEMALE, null, null),
                person("Sasha Kavaleva", Gender.MALE, null, null));
        assertEquals(List.of("gender"), kinds(genders.against()));
        assertEquals(List.of("FEMALE", "MALE"), genders.against().get(0).values());
    }

    @Test
    void sharedCaseGroupAndSourceAndOtherRegistersAreReasons() {
        PersonProfile a = with(person("Maria Kalesnikava", Gender.FEMALE, null, null), Map.of("viasna", "1"),
                Set.of("case 1"), Set.of("coordination council"), Set.of(SOURCE), List.of());
        PersonProfile b = with(person("Мария Колесникова", Gender.FEMALE, null, null), Map.of("ovdinfo", "9"),
                Set.of("case 1"), Set.of("coordination council"), Set.of(SOURCE), List.of());
        DuplicateScorer.Scored s = DuplicateScorer.score(a, b);
        assertEquals(List.of("name", "externalId", "case", "groupName", "source"), kinds(s.reasons()));
        assertEquals(1.0, s.score(), 1e-9);
    }

    @Test
    void twoIdsOfOneRegisterAndDetentionsElsewhereSpeakAgainst() {
        LocalDate start = LocalDate.of(2021, 3, 1);
        PersonProfile a = with(person("Maria Kalesnikava", Gender.FEMALE, null, null), Map.of("viasna", "1"),
                Set.of(), Set.of(), Set.of(), List.of(new PersonProfile.DetentionSpan(UUID.randomUUID(), "SIZO-1", start, null)));
        PersonProfile b = with(person("Maria Kalesnikava", Gender.FEMALE, null, null), Map.of("viasna", "2"),
                Set.of(), Set.of(), Set.of(), List.of(new PersonProfile.DetentionSpan(UUID.randomUUID(), "Colony 4",
                        start.plusDays(10), start.plusDays(40))));
        DuplicateScorer.Scored s = DuplicateScorer.score(a, b);
        assertEquals(List.of("externalId", "detention"), kinds(s.against()));
        assertEquals(0, s.score(), 1e-9);
    }

    @Test
    void aSharedSurnameAloneScoresLow() {
        DuplicateScorer.Scored s = DuplicateScorer.score(person("Ihar Losik", Gender.MALE, null, null),
                person("Aliaksandr Losik", Gender.MALE, null, null));
        assertEquals(0.5 * DuplicateScorer.NAME, s.score(), 1e-3);
        assertEquals(0, DuplicateScorer.score(person("Ihar Losik", null, null, null),
                person("Raman Pratasevich", null, null, null)).score(), 1e-9);
    }

    @Test
    void aTypoInOneWordStillMatchesBySimilarity() {
        DuplicateScorer.Scored s = DuplicateScorer.score(person("Raman Pratasevich", null, null, null),
                person("Raman Pratasevic", null, null, null));
        assertTrue(s.score() > 0.6 && s.score() < DuplicateScorer.NAME, "score " + s.score());
    }
    /** The scan skips pairs by upperBound and the import skips rows by ceiling: neither may be below a real score. */
    @Test
    void theBoundsAreNeverBelowTheScore() {
        List<String> names = List.of("Ihar Losik", "Игорь Лосик", "Ігар Лосік", "Ihar Losyk", "Aliaksandr Losik", "Losik");
        List<String> births = java.util.Arrays.asList(null, "1992", "1992-09", "1992-09-13", "1992-09-14", "1961-01-01");
        List<String> regions = java.util.Arrays.asList(null, "Minsk", "minsk ", "Brest");
        List<PersonProfile> persons = new java.util.ArrayList<>();
        for (String name : names) {
            for (String birth : births) {
                for (String region : regions) {
                    for (Gender gender : List.of(Gender.MALE, Gender.FEMALE, Gender.UNKNOWN)) {
                        persons.add(person(name, gender, birth, region));
                    }
                }
            }
        }
        PersonProfile rich = with(persons.get(0), Map.of("viasna", "1"), Set.of("case 1"), Set.of("group"), Set.of(SOURCE),
                List.of());
        persons.add(rich);
        persons.add(with(persons.get(7), Map.of("ovdinfo", "2"), Set.of("case 1"), Set.of("group"), Set.of(SOURCE),
                List.of()));
        int compared = 0;
        for (PersonProfile a : persons) {
            for (PersonProfile b : persons) {
                double score = DuplicateScorer.score(a, b).score();
                assertTrue(DuplicateScorer.upperBound(a, b) >= score, a + " / " + b);
                assertTrue(DuplicateScorer.ceiling(a) >= score, a + " / " + b);
                compared++;
            }
        }
        assertTrue(compared > 100_000);
    }
}
