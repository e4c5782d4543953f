package org.kartoteka.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The folding rules of {@link NameKeys}: the spellings of one name share a key, other names do not. */
class NameKeysTest {

    /** Each line: spellings of one name that must fold to the same key. */
    private static final List<String> SAME_KEY = List.of(
            "Ціханоўская Тихановская Tsikhanouskaya Cichanoŭskaja Tikhanovskaya Cichanouskaja Tsikhanovskaya",
            "Ціханоўскі Тихановский Tsikhanouski Tikhanovsky Tikhanovskiy Cichanoŭski",
            "Лукашэнка Лукашенко Lukashenka Lukashenko Łukašenka",
            "Makei Makiej Макей Makey",
            "Aleinik Aliejnik Алейнік Алейник Aleynik",
            "Hruzdzilovich Gruzdilovich Груздзіловіч Груздилович Hruzdzilovič",
            "Bialiatski Бяляцкі Беляцкий Bialacki Belyatskiy Byalyatski",
            "Andreyeva Андрэева Андреева Andrejeva Andreeva",
            "Chultsova Чульцова Čulcova",
            "Shkliarov Шкляраў Шкляров Shkliarau Škliaraŭ",
            "Kalesnikava Калеснікава Колесникова Kolesnikova",
            "Babaryka Бабарыка Бабарико Babariko",
            "Statkevich Статкевіч Статкевич Statkievič",
            "Losik Лосік Лосик Łosik",
            "Protasevich Пратасевіч Протасевич Pratasevich Pratasievič",
            "Latushka Латушка Латушко Latushko",
            "Sapega Sapieha Сапега",
            "Shchurko Щурко Ščurko",
            "Maria Maryja Мария Марыя Mariya Maryia",
            "Siarhei Sergei Сяргей Сергей Sergey Siarhiej",
            "Dzmitry Dmitry Дзмітрый Дмитрий Dmitriy Dzmitryj",
            "Pavel Paval Павел Павал",
            "Andrei Andrej Андрэй Андрей Andrey",
            "Daria Darya Дар'я Дарья Darja",
            "Ihar Igor Ігар Игорь",
            "Aleh Oleg Алег Олег",
            "Ales Aleś Алесь",
            "Uladzimir Vladimir Уладзімір Владимир",
            "Katsiaryna Ekaterina Кацярына Екатерина Yekaterina",
            "Mikalai Nikolai Мікалай Николай",
            "Aliaksandr Alexander Аляксандр Александр",
            "Yahor Egor Ягор Егор Yegor",
            "Natallia Natalia Наталля Наталья Natalya");

    /** Pairs of different names that must keep different keys. */
    private static final List<String> DIFFERENT = List.of(
            "Losik Lisik", "Znak Zhuk", "Makei Makeev", "Aleinik Alenik", "Babaryka Babenko",
            "Latushka Lutsko", "Statkevich Stankevich", "Bialiatski Bielski");

    @Test
    void spellingsOfOneNameShareAKey() {
        for (String line : SAME_KEY) {
            String[] spellings = line.split(" ");
            Set<String> expected = NameKeys.keys(spellings[0].toLowerCase());
            for (String spelling : spellings) {
                Set<String> keys = NameKeys.keys(NameKeys.words(spelling).get(0));
                assertTrue(keys.stream().anyMatch(expected::contains),
                        spelling + " " + keys + " shares no key with " + spellings[0] + " " + expected);
            }
        }
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        for (String pair : DIFFERENT) {
            String[] names = pair.split(" ");
            assertNotEquals(NameKeys.keys(names[0].toLowerCase()), NameKeys.keys(names[1].toLowerCase()), pair);
        }
    }

    @Test
    void icuBgnTransliterationsFoldLikeTheCyrillic() {
        Transliterator belarusian = Transliterator.getInstance("Belarusian-Latin/BGN");
        Transliterator russian = Transliterator.getInstance("Russian-Latin/BGN");
        for (String name : List.of("Ціханоўская", "Лукашэнка", "Бяляцкі", "Груздзіловіч", "Андрэева", "Шкляраў")) {
            assertEquals(NameKeys.key(name.toLowerCase()), NameKeys.key(NameKeys.words(belarusian.transliterate(name)).get(0)),
                    name + " / " + belarusian.transliterate(name));
        }
        for (String name : List.of("Тихановская", "Лукашенко", "Беляцкий", "Груздилович", "Андреева", "Шкляров")) {
            assertEquals(NameKeys.key(name.toLowerCase()), NameKeys.key(NameKeys.words(russian.transliterate(name)).get(0)),
                    name + " / " + russian.transliterate(name));
        }
    }

    @Test
    void keysAreLowerCaseAsciiAndWordsSplitAtPunctuation() {
        assertEquals(List.of("дар'я", "чульцова"), NameKeys.words("Дар'я  Чульцова"));
        assertEquals(List.of("unnamed", "civilian", "2022", "1"), NameKeys.words("Unnamed civilian, (2022) 1"));
        assertEquals("tiganavska", NameKeys.key("ціханоўская"));
        assertTrue(NameKeys.keys("cichanoŭskaja").contains("tiganavska"));
        assertTrue(NameKeys.key("ვახტანგ").matches("[a-z0-9]+"));
    }
}
