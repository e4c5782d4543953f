package org.kartoteka.person;

import static org.kartoteka.Auth.anonymously;
import static org.kartoteka.Auth.asEditor;
import static org.kartoteka.Auth.asResearcher;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;

/** {@code GET /api/v1/persons?q=}: one person found by the spellings of their name in every script. */
@QuarkusTest
class NameSearchResourceTest {

    /**
     * Real name-variant groups from Belarus: the spelling stored, then the spellings searched for
     * (BGN/PCGN, passport and Polish-style Latin, Łacinka, Belarusian and Russian Cyrillic).
     */
    private static final List<String> GROUPS = List.of(
            "Святлана Ціханоўская | Sviatlana Tsikhanouskaya | Svetlana Tikhanovskaya | Светлана Тихановская"
                    + " | Swiatłana Cichanoŭskaja | Cichanouskaja | Tsikhanouskaya Sviatlana | Тихановская",
            "Аляксандр Лукашэнка | Alexander Lukashenko | Aliaksandr Lukashenka | Александр Лукашенко | Łukašenka"
                    + " | Lukashenko",
            "Uladzimir Makei | Vladimir Makei | Владимир Макей | Уладзімір Макей | Makiej | Makey",
            "Алесь Бяляцкі | Ales Bialiatski | Алесь Беляцкий | Aleś Bialacki | Bialiatski | Беляцкий",
            "Алег Груздзіловіч | Oleg Gruzdilovich | Олег Груздилович | Hruzdzilovich | Aleh Hruzdzilovič",
            "Кацярына Андрэева | Ekaterina Andreeva | Екатерина Андреева | Katsiaryna Andreyeva | Andrejeva",
            "Дар'я Чульцова | Darya Chultsova | Дарья Чульцова | Daria Čulcova | Chultsova",
            "Vitali Shkliarov | Віталь Шкляраў | Виталий Шкляров | Shkliarau | Vitaly Shklyarov",
            "Марыя Калеснікава | Maria Kalesnikava | Maria Kolesnikova | Мария Колесникова | Maryja Kalesnikava",
            "Viktar Babaryka | Віктар Бабарыка | Виктор Бабарико | Viktor Babariko | Babaryka",
            "Мікалай Статкевіч | Mikalai Statkevich | Nikolai Statkevich | Николай Статкевич | Mikałaj Statkievič",
            "Ihar Losik | Ігар Лосік | Игорь Лосик | Igor Losik | Łosik",
            "Raman Pratasevich | Раман Пратасевіч | Роман Протасевич | Roman Protasevich | Pratasievič",
            "Максім Знак | Maksim Znak | Максим Знак | Maxim Znak",
            "Siarhei Tsikhanouski | Сяргей Ціханоўскі | Сергей Тихановский | Sergei Tikhanovsky | Siarhiej Cichanoŭski",
            "Павел Латушка | Pavel Latushko | Павел Латушко | Paval Latushka | Latushka",
            "Lew Sapieha | Леў Сапега | Лев Сапега | Lev Sapega | Sapieha",
            "Дзмітрый Дашкевіч | Dzmitry Dashkevich | Дмитрий Дашкевич | Zmitser Dashkevich | Dmitry Dashkevich",
            "Андрэй Пачобут | Andrzej Poczobut | Andrei Pachobut | Андрей Почобут | Poczobut",
            "Valiantsin Stefanovich | Валянцін Стэфановіч | Валентин Стефанович | Valentin Stefanovich | Stefanovič",
            "Уладзімір Лабковіч | Uladzimir Labkovich | Владимир Лабкович | Vladimir Labkovich | Labkovič",
            "Наста Лойка | Nasta Loika | Настя Лойко | Nastia Lojka | Loiko",
            "Paval Seviarynets | Павел Севярынец | Павел Северинец | Pavel Severinets | Sieviaryniec",
            "Ларыса Шчыракова | Larysa Shchyrakova | Лариса Щирякова | Larisa Shchiryakova | Łarysa Ščyrakova",
            "Eduard Palchys | Эдуард Пальчыс | Эдуард Пальчис | Edvard Palčys | Palchis",
            "Дзяніс Івашын | Dzianis Ivashin | Денис Ивашин | Denis Ivashin | Dzianis Ivašyn",
            "Ксенія Луцкіна | Ksenia Lutskina | Ксения Луцкина | Kseniya Lutskina | Ksienija Luckina",
            "Ірына Слаўнікава | Iryna Slaunikava | Ирина Славникова | Irina Slavnikova | Slaŭnikava",
            "Раман Бандарэнка | Raman Bandarenka | Роман Бондаренко | Roman Bondarenko | Bandarenka",
            "Ryhor Kastusiou | Рыгор Кастусёў | Григорий Костусев | Grigory Kostusev | Kastusioŭ",
            "Yauhen Afnagel | Яўген Афнагель | Евгений Афнагель | Evgeny Afnagel | Jaŭhien Afnahiel",
            "Вітольд Ашурак | Vitold Ashurak | Витольд Ашурок | Vitold Ashurok | Vitoĺd Ašurak",
            "Марына Золатава | Maryna Zolatava | Марина Золотова | Marina Zolotova | Maryna Zalatava",
            "Юрый Зянковіч | Yury Ziankovich | Юрий Зенкович | Yuri Zenkovich | Jury Ziankovič",
            "Mikalai Dziadok | Мікалай Дзядок | Николай Дедок | Nikolai Dedok | Mikałaj Dziadok",
            "Алесь Пушкін | Ales Pushkin | Алесь Пушкин | Aleś Puškin",
            "Palina Sharenda-Panasiuk | Паліна Шарэнда-Панасюк | Полина Шаренда-Панасюк | Polina Sharenda-Panasyuk"
                    + " | Šarenda-Panasiuk",
            "Андрэй Алейнік | Andrei Aleinik | Андрей Алейник | Andrej Aliejnik | Aleinik");

    /** Similar-looking names of other people, stored alongside: a search must not prefer them. */
    private static final List<String> DISTRACTORS = List.of(
            "Sviatlana Tsikhanovich", "Aliaksandr Lukashevich", "Alena Lukashonak", "Uladzimir Makeev",
            "Ales Bialko", "Aleh Gruzdev", "Katsiaryna Andreenka", "Darya Chulkova", "Vitali Shkliaruk",
            "Maria Kalesnik", "Viktar Babarykin", "Mikalai Stankevich", "Ihar Lisik", "Raman Protas",
            "Maksim Zhuk", "Siarhei Tsikhanau", "Pavel Latysh", "Lev Sapiaho", "Dzmitry Dashkou",
            "Andrei Pachkou", "Valiantsin Stefanenka", "Uladzimir Labko", "Nasta Lobka", "Paval Sevruk",
            "Larysa Shchurova", "Eduard Palchuk", "Dzianis Ivanou", "Ksenia Lutsenka", "Iryna Slavina",
            "Raman Bandarchuk", "Ryhor Kastsiuk", "Yauhen Afanasyeu", "Vitold Ashurkou", "Maryna Zolatar",
            "Yury Zenkevich", "Mikalai Dziadkou", "Ales Pushkarou", "Palina Sharapava", "Andrei Aleinikau",
            "Юрый Зянькевіч", "Святлана Ціханава");

    @Test
    void recallAtThreeOverRealNameVariantGroups() {
        String source = Fixtures.source("Name search recall");
        // Other test classes share the database and enter some of the same real names (duplicates,
        // import): the ranking is judged among this test's own persons, the first 50 results kept.
        Set<String> own = new HashSet<>();
        DISTRACTORS.forEach(name -> own.add(person(source, name)));
        int queries = 0;
        int inTopThree = 0;
        int first = 0;
        StringBuilder misses = new StringBuilder();
        for (String group : GROUPS) {
            List<String> spellings = List.of(group.split("\\s*\\|\\s*"));
            String id = person(source, spellings.get(0));
            own.add(id);
            for (String query : spellings.subList(1, spellings.size())) {
                List<String> ranked = asEditor()
                        .queryParam("q", query)
                        .queryParam("limit", 50)
                        .when()
                        .get("/api/v1/persons")
                        .then()
                        .statusCode(200)
                        .extract().path("items.id");
                List<String> top = ranked.stream().filter(own::contains).limit(3).toList();
                queries++;
                inTopThree += top.contains(id) ? 1 : 0;
                first += !top.isEmpty() && top.get(0).equals(id) ? 1 : 0;
                if (!top.contains(id)) {
                    misses.append("\n  ").append(query).append(" -> ").append(spellings.get(0)).append(" not in top 3");
                }
            }
        }
        double recall = (double) inTopThree / queries;
        System.out.printf("Name search recall@3: %d of %d queries = %.3f (first place: %d = %.3f) over %d groups"
                + " and %d distractors%s%n", inTopThree, queries, recall, first, (double) first / queries,
                GROUPS.size(), DISTRACTORS.size(), misses);
        // 0.95: at most one query in twenty may miss; the rules are designed to meet every listed pair.
        assertTrue(recall >= 0.95, "recall@3 " + recall + " is below 0.95:" + misses);
    }

    @Test
    void theExactSpellingComesBeforeSimilarNames() {
        String source = Fixtures.source("Name search order");
        String marker = randomLetters();
        String exact = person(source, "Aliaksandr " + marker);
        person(source, "Aliaksandr " + marker + "ovich");
        person(source, "Aliaksandr " + marker + "enka");
        asEditor()
                .queryParam("q", marker)
                .when()
                .get("/api/v1/persons")
                .then()
                .statusCode(200)
                .body("items", hasSize(3))
                .body("items[0].id", equalTo(exact));
    }

    @Test
    void pagesOfASearchFollowTheRelevanceCursor() {
        String source = Fixtures.source("Name search pages");
        String marker = randomLetters();
        List<String> ids = List.of(person(source, "Ales " + marker), person(source, "Ihar " + marker),
                person(source, "Yury " + marker));
        String cursor = asEditor().queryParam("q", marker).queryParam("limit", 2)
                .when().get("/api/v1/persons")
                .then().statusCode(200).body("items", hasSize(2)).body("nextCursor", not(nullValue()))
                .extract().path("nextCursor");
        asEditor().queryParam("q", marker).queryParam("limit", 2).queryParam("cursor", cursor)
                .when().get("/api/v1/persons")
                .then().statusCode(200).body("items", hasSize(1)).body("nextCursor", nullValue());
        List<String> byName = asEditor().queryParam("q", marker).queryParam("sort", "-name")
                .when().get("/api/v1/persons")
                .then().statusCode(200).extract().path("items.id");
        assertEquals(List.of(ids.get(2), ids.get(1), ids.get(0)), byName);
    }

    @Test
    void renamingAPersonChangesWhatFindsThem() {
        String source = Fixtures.source("Name search rename");
        String before = randomLetters();
        String after = randomLetters();
        String id = person(source, "Ales " + before);
        asEditor()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(personJson(source, List.of("Алесь " + after)))
                .when()
                .put("/api/v1/persons/{id}", id)
                .then()
                .statusCode(200);
        asEditor().queryParam("q", before).when().get("/api/v1/persons")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        asEditor().queryParam("q", "Ales " + after).when().get("/api/v1/persons")
                .then().statusCode(200).body("items[0].id", equalTo(id));
        asEditor().when().delete("/api/v1/persons/{id}", id).then().statusCode(204);
        asEditor().queryParam("q", after).when().get("/api/v1/persons")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aQueryWithoutAWordOrWithAForeignCursorIsA422() {
        asEditor().queryParam("q", "A. -").when().get("/api/v1/persons")
                .then().statusCode(422).body("errors.field", hasItem("q"));
        asEditor().queryParam("q", "x".repeat(201)).when().get("/api/v1/persons")
                .then().statusCode(422).body("errors.field", hasItem("q"));
        asEditor().queryParam("q", "Bialiatski").queryParam("cursor", "bm90IGEgY3Vyc29y").when().get("/api/v1/persons")
                .then().statusCode(422).body("errors.field", hasItem("cursor"));
    }

    private static String person(String source, String name) {
        return person(source, name, "PUBLIC");
    }

    private static String person(String source, String name, String visibility) {
        return asEditor()
                .contentType(ContentType.JSON)
                .body(personJson(source, List.of(name)).replace("PUBLIC", visibility))
                .when()
                .post("/api/v1/persons")
                .then()
                .statusCode(201)
                .extract().path("id");
    }

    @Test
    void aSearchShowsOnlyPersonsTheCallerMaySee() {
        String source = Fixtures.source("Name search visibility");
        String marker = randomLetters();
        String open = person(source, "Ales " + marker, "PUBLIC");
        String restricted = person(source, "Алесь " + marker, "RESTRICTED");
        String confidential = person(source, "Aleś " + marker, "CONFIDENTIAL");
        anonymously().queryParam("q", marker).when().get("/api/v1/persons")
                .then().statusCode(200).body("items.id", equalTo(List.of(open)));
        List<String> researcher = asResearcher().queryParam("q", marker).when().get("/api/v1/persons")
                .then().statusCode(200).extract().path("items.id");
        assertEquals(Set.of(open, restricted), Set.copyOf(researcher));
        asEditor().queryParam("q", marker).when().get("/api/v1/persons")
                .then().statusCode(200).body("items.id", hasItem(confidential)).body("items", hasSize(3));
        asEditor()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(personJson(source, List.of("Алесь " + marker)))
                .when()
                .put("/api/v1/persons/{id}", restricted)
                .then()
                .statusCode(200);
        List<String> afterPublishing = anonymously().queryParam("q", marker).when().get("/api/v1/persons")
                .then().statusCode(200).extract().path("items.id");
        assertEquals(Set.of(open, restricted), Set.copyOf(afterPublishing));
    }

    private static String personJson(String source, List<String> names) {
        String nameList = names.stream().map(n -> "{\"value\": \"" + n + "\"}").collect(Collectors.joining(", "));
        return """
                {"names": [%s], "visibility": "PUBLIC", "citations": [{"sourceId": "%s", "locator": "p. 1"}]}"""
                .formatted(nameList, source);
    }

    /** A made-up surname no other test uses: letters only, so that it folds to itself. */
    private static String randomLetters() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("Zy");
        for (int i = 0; i < 8; i++) {
            word.append("bdfklmnprstvz".charAt(random.nextInt(13))).append("aiu".charAt(random.nextInt(3)));
        }
        return word.toString();
    }
}
