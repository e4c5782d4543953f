import com.ibm.icu.text.Transliterator;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Writes, on standard output, psql input that loads a realistic set of persons straight into the
 * Kartoteka database: Belarusian and Russian names built from name-part lists, each person spelled
 * in two to four of Belarusian Cyrillic, Russian Cyrillic, BGN/PCGN Latin (by ICU) and Łacinka-like
 * passport Latin. Run by bench/generate.sh; deterministic for one seed.
 *
 * Usage: java -cp icu4j.jar bench/GeneratePersons.java COUNT [SEED]
 */
public class GeneratePersons {

    /** Given names: Belarusian, Russian, gender. */
    static final String[][] GIVEN = {
        {"Аляксандр", "Александр", "MALE"}, {"Сяргей", "Сергей", "MALE"}, {"Дзмітрый", "Дмитрий", "MALE"},
        {"Андрэй", "Андрей", "MALE"}, {"Уладзімір", "Владимир", "MALE"}, {"Мікалай", "Николай", "MALE"},
        {"Павел", "Павел", "MALE"}, {"Ігар", "Игорь", "MALE"}, {"Алег", "Олег", "MALE"}, {"Віктар", "Виктор", "MALE"},
        {"Юрый", "Юрий", "MALE"}, {"Раман", "Роман", "MALE"}, {"Максім", "Максим", "MALE"}, {"Яўген", "Евгений", "MALE"},
        {"Алесь", "Алесь", "MALE"}, {"Віталь", "Виталий", "MALE"}, {"Дзяніс", "Денис", "MALE"}, {"Антон", "Антон", "MALE"},
        {"Мікіта", "Никита", "MALE"}, {"Васіль", "Василий", "MALE"}, {"Рыгор", "Григорий", "MALE"}, {"Ілья", "Илья", "MALE"},
        {"Кацярына", "Екатерина", "FEMALE"}, {"Марыя", "Мария", "FEMALE"}, {"Святлана", "Светлана", "FEMALE"},
        {"Вольга", "Ольга", "FEMALE"}, {"Наталля", "Наталья", "FEMALE"}, {"Таццяна", "Татьяна", "FEMALE"},
        {"Ірына", "Ирина", "FEMALE"}, {"Алена", "Елена", "FEMALE"}, {"Ганна", "Анна", "FEMALE"},
        {"Ксенія", "Ксения", "FEMALE"}, {"Дар'я", "Дарья", "FEMALE"}, {"Марына", "Марина", "FEMALE"},
        {"Людміла", "Людмила", "FEMALE"}, {"Вераніка", "Вероника", "FEMALE"}, {"Юлія", "Юлия", "FEMALE"},
        {"Ларыса", "Лариса", "FEMALE"}, {"Паліна", "Полина", "FEMALE"}, {"Наста", "Анастасия", "FEMALE"},
    };

    /** Surname stems: Belarusian, Russian. */
    static final String[][] STEMS = {
        {"Лукаш", "Лукаш"}, {"Бабар", "Бабар"}, {"Калесн", "Колесн"}, {"Статк", "Статк"}, {"Пратас", "Протас"},
        {"Шкляр", "Шкляр"}, {"Груздзіл", "Груздил"}, {"Бялян", "Белян"}, {"Ціхан", "Тихан"}, {"Лабк", "Лабк"},
        {"Дашк", "Дашк"}, {"Пачоб", "Почоб"}, {"Стэфан", "Стефан"}, {"Сяўрук", "Севрук"}, {"Бандар", "Бондар"},
        {"Кастус", "Костус"}, {"Ашур", "Ашур"}, {"Золат", "Золот"}, {"Зянк", "Зенк"}, {"Дзядк", "Дедк"},
        {"Пушк", "Пушк"}, {"Шарэнд", "Шаренд"}, {"Алейн", "Алейн"}, {"Макар", "Макар"}, {"Каваль", "Ковал"},
        {"Мельн", "Мельн"}, {"Навум", "Наум"}, {"Кузьм", "Кузьм"}, {"Савіц", "Савиц"}, {"Шэўч", "Шевч"},
        {"Ярмол", "Ермол"}, {"Шчук", "Щук"}, {"Жук", "Жук"}, {"Лось", "Лос"}, {"Грыц", "Гриц"}, {"Цімашэ", "Тимоше"},
        {"Васілеў", "Василев"}, {"Пятроў", "Петров"}, {"Сідар", "Сидор"}, {"Баран", "Баран"}, {"Хадак", "Ходак"},
        {"Зайц", "Зайц"}, {"Вераб'", "Вороб"}, {"Гарбач", "Горбач"}, {"Клім", "Клим"}, {"Палч", "Пальч"},
        {"Івашк", "Ивашк"}, {"Лойк", "Лойк"}, {"Юрч", "Юрч"}, {"Марозаў", "Морозов"}, {"Сакал", "Сокол"},
        {"Радзівон", "Родион"}, {"Цыганк", "Цыганк"}, {"Дубаў", "Дубов"}, {"Мацкевіч", "Мацкевич"},
    };

    /** Surname endings: Belarusian male, Russian male, Belarusian female, Russian female. */
    static final String[][] ENDINGS = {
        {"энка", "енко", "энка", "енко"}, {"овіч", "ович", "овіч", "ович"}, {"скі", "ский", "ская", "ская"},
        {"аў", "ов", "ава", "ова"}, {"ік", "ик", "ік", "ик"}, {"ынскі", "инский", "ынская", "инская"},
        {"ук", "ук", "ук", "ук"}, {"еня", "еня", "еня", "еня"}, {"ыка", "ико", "ыка", "ико"}, {"ок", "ок", "ок", "ок"},
    };

    static final String[] REGIONS = {"Minsk", "Minsk Region", "Brest Region", "Vitebsk Region", "Gomel Region",
        "Grodno Region", "Mogilev Region"};

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Random random = new Random(args.length > 1 ? Long.parseLong(args[1]) : 20200809L);
        Transliterator beLatin = Transliterator.getInstance("Belarusian-Latin/BGN");
        Transliterator ruLatin = Transliterator.getInstance("Russian-Latin/BGN");
        Transliterator lacinka = Transliterator.getInstance("Belarusian-Latin/BGN; Latin-ASCII");
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        UUID source = new UUID(random.nextLong(), random.nextLong());
        String now = Instant.now().toString();
        out.println("\\set ON_ERROR_STOP on");
        out.println("BEGIN;");
        out.printf("INSERT INTO source (id, version, created_at, updated_at, title, publisher, kind, reliability,"
                + " visibility) VALUES ('%s', 0, '%s', '%s', 'Benchmark data set', 'bench/generate.sh', 'OTHER',"
                + " 'UNKNOWN', 'PUBLIC');%n", source, now, now);
        List<String> names = new ArrayList<>();
        List<String> citations = new ArrayList<>();
        out.println("COPY person (id, version, created_at, updated_at, display_name, gender, birth_date, region, tags,"
                + " visibility) FROM stdin;");
        for (int i = 0; i < count; i++) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            String[] given = GIVEN[random.nextInt(GIVEN.length)];
            String[] stem = STEMS[random.nextInt(STEMS.length)];
            String[] ending = ENDINGS[random.nextInt(ENDINGS.length)];
            boolean female = given[2].equals("FEMALE");
            String be = given[0] + " " + stem[0] + (female ? ending[2] : ending[0]);
            String ru = given[1] + " " + stem[1] + (female ? ending[3] : ending[1]);
            List<String> spellings = new ArrayList<>(List.of(be, ru, beLatin.transliterate(be), ruLatin.transliterate(ru),
                    lacinka.transliterate(be)));
            int primary = random.nextInt(3);
            List<String> chosen = new ArrayList<>(List.of(spellings.get(primary == 1 ? 2 : primary)));
            for (String s : spellings) {
                if (!chosen.contains(s) && random.nextInt(100) < 55) {
                    chosen.add(s);
                }
            }
            for (int p = 0; p < chosen.size(); p++) {
                names.add(id + "\t" + p + "\t" + chosen.get(p) + "\t" + (p == 0 ? "PRIMARY" : "TRANSLITERATION"));
            }
            citations.add(id + "\t0\t" + source + "\tbenchmark row " + i);
            int visibility = random.nextInt(100);
            out.printf("%s\t0\t%s\t%s\t%s\t%s\t%d\t%s\t{}\t%s%n", id, now, now, chosen.get(0), given[2],
                    1950 + random.nextInt(55), REGIONS[random.nextInt(REGIONS.length)],
                    visibility < 80 ? "PUBLIC" : visibility < 95 ? "RESTRICTED" : "CONFIDENTIAL");
        }
        out.println("\\.");
        out.println("COPY person_name (person_id, position, value, kind) FROM stdin;");
        names.forEach(out::println);
        out.println("\\.");
        out.println("COPY person_citation (person_id, position, source_id, locator) FROM stdin;");
        citations.forEach(out::println);
        out.println("\\.");
        out.println("COMMIT;");
        out.println("ANALYZE person; ANALYZE person_name;");
        out.flush();
    }
}
