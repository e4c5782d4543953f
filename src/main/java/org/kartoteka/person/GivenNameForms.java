package org.kartoteka.person;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Given names whose Belarusian and Russian forms differ by more than transliteration and the
 * regular folds of {@link NameKeys} (Уладзімір and Владимир, Кацярына and Екатерина, Мікалай
 * and Николай). Each group's words share one extra key, the folded form of its first member.
 * Pairs that already fold alike (Сяргей and Сергей, Дзмітрый and Дмитрий) need no entry.
 */
final class GivenNameForms {

    private static final List<String> GROUPS = List.of(
            "Владимир Уладзімір Uladzimir Wladimir Uladzimer",
            "Екатерина Кацярына Katsiaryna Katerina Kaciaryna Каця Katia",
            "Николай Мікалай Mikalai Mikola Мікола Mikałaj",
            "Александр Аляксандр Alexander Aliaksandr Aleksandr Aliaksander Alaksandr Aleksander",
            "Алексей Аляксей Aliaksei Alexei Alexey Aleksiej",
            "Евгений Яўген Yauhen Jaŭhien Evgeny Yevgeny Eugene Yauheni",
            "Евгения Яўгенія Yauheniya Evgenia",
            "Дмитрий Зміцер Zmitser Zmicier Змітрок",
            "Андрей Андрэй Andrzej Jędrzej",
            "Пётр Пятро Piatro Piotr Petr Pyotr Piatrus",
            "Анна Ганна Hanna Ganna",
            "Елена Алена Alena Olena Yelena Helena Alena",
            "Ольга Вольга Volha Olga Wolha",
            "Ирина Ірына Iryna Irina",
            "Юрий Юры Юрась Yury Yuri Jury Yurij Yuras",
            "Василий Васіль Vasil Vasily Wasil",
            "Анатолий Анатоль Anatol Anatoly",
            "Виталий Віталь Vital Vitaly Vitali",
            "Леонид Лявон Liavon Leonid",
            "Григорий Рыгор Ryhor Grigory",
            "Михаил Міхаіл Міхась Mikhail Michail Mikhas Michał",
            "Никита Мікіта Mikita Nikita",
            "Геннадий Генадзь Hienadz Gennady",
            "Денис Дзяніс Dzianis Denis",
            "Иван Янка Ivan Yanka Janka",
            "Светлана Святлана Sviatlana Svetlana Swiatlana",
            "Татьяна Таццяна Tatsiana Tatiana Tacciana",
            "Людмила Людміла Liudmila Ludmila",
            "Вероника Вераніка Veranika Veronika",
            "Ксения Ксенія Ksenia Kseniya",
            "Алеся Олеся Alesia Olesya",
            "Антонина Антаніна Antanina Antonina",
            "Валентина Валянціна Valiantsina Valentina",
            "Елизавета Лізавета Lizaveta Elizaveta",
            "Владислав Уладзіслаў Uladzislau Vladislav",
            "Вячеслав Вячаслаў Viachaslau Vyacheslav",
            "Станислав Станіслаў Stanislau Stanislav",
            "Ярослав Яраслаў Yaraslau Yaroslav",
            "Константин Канстанцін Kanstantsin Konstantin",
            "Эдуард Эдуард Eduard Edvard",
            "Леонтий Лявонцій Liavontsi");

    private static final Map<String, String> COMMON_FORM = build();

    private GivenNameForms() {}

    /** The shared key of the group this key belongs to, if it is a known given name. */
    static Optional<String> commonForm(String key) {
        return Optional.ofNullable(COMMON_FORM.get(key)).filter(common -> !common.equals(key));
    }

    private static Map<String, String> build() {
        Map<String, String> forms = new HashMap<>();
        for (String group : GROUPS) {
            String[] names = group.split(" ");
            String common = NameKeys.fold(NameKeys.readings(names[0].toLowerCase(Locale.ROOT)).get(0));
            for (String name : names) {
                for (String reading : NameKeys.readings(name.toLowerCase(Locale.ROOT))) {
                    forms.putIfAbsent(NameKeys.fold(reading), common);
                }
            }
        }
        return Map.copyOf(forms);
    }
}
