package org.kartoteka.duplicate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kartoteka.Auth.asEditor;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;

/**
 * The figures of issue 10 on a test set of real Belarusian name patterns (docs/duplicates.md,
 * "Figures"): each person entered three times (Belarusian Cyrillic with the full birth date, Russian
 * Cyrillic with the birth year, a Latin spelling without a birth date), and three namesakes of each:
 * the full name with another birth year, the surname with another given name and the same birth
 * date, the full name with the other gender. Recall: the share of true duplicates in the top 3 of
 * each record's candidates; namesakes: the share of namesake pairs scoring at least 0.9.
 */
@QuarkusTest
class DuplicateFiguresTest {

    /** Belarusian Cyrillic | Russian Cyrillic | Latin (BGN/PCGN, passport, Łacinka or Polish) | gender. */
    private static final List<String> GROUPS = List.of(
            "Ігар Лосік | Игорь Лосик | Ihar Losik | M",
            "Святлана Ціханоўская | Светлана Тихановская | Sviatlana Tsikhanouskaya | F",
            "Алесь Бяляцкі | Алесь Беляцкий | Aleś Bialacki | M",
            "Марыя Калеснікава | Мария Колесникова | Maria Kalesnikava | F",
            "Віктар Бабарыка | Виктор Бабарико | Viktar Babaryka | M",
            "Мікалай Статкевіч | Николай Статкевич | Mikałaj Statkievič | M",
            "Раман Пратасевіч | Роман Протасевич | Raman Pratasevich | M",
            "Максім Знак | Максим Знак | Maksim Znak | M",
            "Сяргей Ціханоўскі | Сергей Тихановский | Siarhiej Cichanoŭski | M",
            "Павел Севярынец | Павел Северинец | Paval Seviarynets | M",
            "Ларыса Шчыракова | Лариса Щирякова | Łarysa Ščyrakova | F",
            "Дзяніс Івашын | Денис Ивашин | Dzianis Ivashin | M",
            "Ксенія Луцкіна | Ксения Луцкина | Ksenia Lutskina | F",
            "Ірына Слаўнікава | Ирина Славникова | Iryna Slaunikava | F",
            "Рыгор Кастусёў | Григорий Костусев | Ryhor Kastusiou | M",
            "Вітольд Ашурак | Витольд Ашурок | Vitold Ashurak | M",
            "Марына Золатава | Марина Золотова | Maryna Zolatava | F",
            "Мікалай Дзядок | Николай Дедок | Mikalai Dziadok | M",
            "Андрэй Пачобут | Андрей Почобут | Andrzej Poczobut | M",
            "Уладзімір Лабковіч | Владимир Лабкович | Uladzimir Labkovich | M",
            "Кацярына Андрэева | Екатерина Андреева | Katsiaryna Andreyeva | F",
            "Дар'я Чульцова | Дарья Чульцова | Darya Chultsova | F",
            "Паліна Шарэнда-Панасюк | Полина Шаренда-Панасюк | Palina Sharenda-Panasiuk | F",
            "Андрэй Алейнік | Андрей Алейник | Andrei Aleinik | M");

    private static String person(String source, String name, String gender, String birthDate, String region) {
        return DuplicateResourceTest.personIn(region, source, "PUBLIC", gender, birthDate, name);
    }

    @Test
    void recallInTheTopThreeAndNamesakesAboveTheThreshold() {
        Map<String, Set<String>> duplicatesOf = new HashMap<>();
        Map<String, Set<String>> namesakesOf = new HashMap<>();
        Set<String> testSet = new HashSet<>();
        for (int g = 0; g < GROUPS.size(); g++) {
            String[] p = GROUPS.get(g).split("\\s*\\|\\s*");
            boolean female = p[3].equals("F");
            String gender = female ? "FEMALE" : "MALE";
            LocalDate born = LocalDate.of(1960 + g, 1 + g % 12, 1 + g % 28);
            List<String> records = List.of(
                    person(Fixtures.source("Figures " + g + " a"), p[0], gender, born.toString(), "Minsk"),
                    person(Fixtures.source("Figures " + g + " b"), p[1], gender, String.valueOf(born.getYear()), null),
                    person(Fixtures.source("Figures " + g + " c"), p[2], gender, null, "Minsk"));
            String surname = p[2].substring(p[2].indexOf(' ') + 1);
            List<String> namesakes = List.of(
                    person(Fixtures.source("Figures " + g + " d"), p[2], gender, born.minusYears(9).toString(), "Brest Region"),
                    person(Fixtures.source("Figures " + g + " e"), (female ? "Natallia " : "Aliaksandr ") + surname, gender,
                            born.toString(), "Minsk"),
                    person(Fixtures.source("Figures " + g + " f"), p[1], female ? "MALE" : "FEMALE", null, null));
            for (String r : records) {
                duplicatesOf.put(r, new HashSet<>(records));
                duplicatesOf.get(r).remove(r);
                namesakesOf.put(r, new HashSet<>(namesakes));
            }
            testSet.addAll(records);
            testSet.addAll(namesakes);
        }
        int duplicates = 0;
        int found = 0;
        int namesakePairs = 0;
        int namesakesAbove = 0;
        int duplicatesAbove = 0;
        StringBuilder misses = new StringBuilder();
        for (Map.Entry<String, Set<String>> record : duplicatesOf.entrySet()) {
            List<Map<String, Object>> items = asEditor().when().get("/api/v1/persons/" + record.getKey() + "/duplicates")
                    .then().statusCode(200).extract().path("items");
            List<Map<String, Object>> inSet = new ArrayList<>(items.stream().filter(i -> testSet.contains(i.get("id"))).toList());
            List<Object> topThree = inSet.stream().limit(3).map(i -> i.get("id")).toList();
            for (String duplicate : record.getValue()) {
                duplicates++;
                if (topThree.contains(duplicate)) {
                    found++;
                } else {
                    misses.append("\n  ").append(record.getKey()).append(" misses ").append(duplicate).append(": ").append(inSet);
                }
                duplicatesAbove += scoreOf(inSet, duplicate) >= 0.9 ? 1 : 0;
            }
            for (String namesake : namesakesOf.get(record.getKey())) {
                namesakePairs++;
                namesakesAbove += scoreOf(inSet, namesake) >= 0.9 ? 1 : 0;
            }
        }
        double recall = (double) found / duplicates;
        double namesakeShare = (double) namesakesAbove / namesakePairs;
        System.out.printf("Duplicate figures: recall@3 %d of %d = %.3f; namesake pairs scoring >= 0.9: %d of %d = %.3f;"
                + " true duplicate pairs scoring >= 0.9: %d of %d = %.3f (%d groups)%s%n", found, duplicates, recall,
                namesakesAbove, namesakePairs, namesakeShare, duplicatesAbove, duplicates,
                (double) duplicatesAbove / duplicates, GROUPS.size(), misses);
        assertTrue(recall >= 0.95, "recall@3 " + recall + misses);
        assertTrue(namesakeShare <= 0.05, "namesakes above the threshold: " + namesakeShare);
    }

    private static double scoreOf(List<Map<String, Object>> items, String id) {
        return items.stream().filter(i -> i.get("id").equals(id)).map(i -> ((Number) i.get("score")).doubleValue())
                .findFirst().orElse(0.0);
    }
}
