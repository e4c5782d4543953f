package org.kartoteka.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.kartoteka.casefile.SentenceType;

/**
 * Sentence types as registers write them, in English, Belarusian or Russian:
 * {@code imprisonment in a medium-security penal colony} (PENAL_COLONY, regime medium),
 * {@code imprisonment in a high security prison} (PRISON), {@code restriction of freedom}
 * (RESTRICTION_OF_FREEDOM; with an open-type facility OPEN_FACILITY), {@code suspended
 * imprisonment}, {@code home confinement}, {@code arrest}, {@code fine}; plain {@code imprisonment}
 * without the place is OTHER, but custodial. The first rule that
 * matches wins, so the more specific forms come first.
 */
final class SentenceTypes {

    private record Rule(Pattern pattern, SentenceType type) {}

    /** Imprisonment without the place: custodial, of a type the text does not say (OTHER). */
    private static final String IMPRISONMENT = "imprisonment|deprivation of liberty|лишени\\w* свободы|пазбаўленн\\w* волі";
    private static final Pattern CUSTODIAL = Pattern.compile(IMPRISONMENT, Pattern.UNICODE_CHARACTER_CLASS);

    private static final List<Rule> RULES = List.of(
            rule("suspend|условн|отсроч|умоўн|ўмоўн|адтэрмін|probation", SentenceType.SUSPENDED),
            rule("open[- ]type|open facility|открытого типа|адкрытага тыпу|with referral|с направлением|з накіраваннем",
                    SentenceType.OPEN_FACILITY),
            rule("restrict\\w* (of )?freedom|restricted freedom|ограничени\\w* свободы|абмежаванн\\w* волі",
                    SentenceType.RESTRICTION_OF_FREEDOM),
            rule("home confinement|house arrest|домашн\\w* арест|хатн\\w* арышт", SentenceType.HOME_CONFINEMENT),
            rule("colony|колони|калоні", SentenceType.PENAL_COLONY),
            rule("\\bprison\\b|тюрьм|тюремн|турм|турэмн", SentenceType.PRISON),
            rule("arrest|арест|арышт", SentenceType.ARREST),
            rule("\\bfine\\b|штраф", SentenceType.FINE),
            rule(IMPRISONMENT, SentenceType.OTHER));

    /** Regimes, strongest words first: "maximum security" is high, not general. */
    private static final Map<String, Pattern> REGIMES = Map.of(
            "special", Pattern.compile("special|особ\\w* режим|асаблів\\w* рэжым", Pattern.UNICODE_CHARACTER_CLASS),
            "high", Pattern.compile("high|strict|maximum|строг\\w* режим|строгі\\w* рэжым|строг\\w* рэжым", Pattern.UNICODE_CHARACTER_CLASS),
            "medium", Pattern.compile("medium|reinforced|enhanced|усиленн\\w* режим|[уў]змоцнен\\w* рэжым", Pattern.UNICODE_CHARACTER_CLASS),
            "general", Pattern.compile("general|common|общ\\w* режим|агульн\\w* рэжым", Pattern.UNICODE_CHARACTER_CLASS));
    private static final List<String> REGIME_ORDER = List.of("special", "high", "medium", "general");

    private SentenceTypes() {}

    private static Rule rule(String regex, SentenceType type) {
        return new Rule(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS), type);
    }

    /** The type the text names, or null when it names none (the caller decides whether that is an error). */
    static SentenceKind find(String text) {
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(lower).find()) {
                boolean custodial = rule.type() == SentenceType.OTHER || CUSTODIAL.matcher(lower).find()
                        && rule.type() != SentenceType.SUSPENDED;
                return new SentenceKind(rule.type(), regime(lower, rule.type()), custodial);
            }
        }
        return null;
    }

    /** The type a sentence-type cell gives, or null when it says nothing; throws when the words are unknown. */
    static SentenceKind parse(String raw) {
        String text = Cells.text(raw);
        if (text == null) {
            return null;
        }
        SentenceKind kind = find(text);
        if (kind == null) {
            throw new CellException("'" + text + "' is not a sentence type this import reads: write e.g. imprisonment"
                    + " in a medium-security penal colony, imprisonment in a prison, restriction of freedom, suspended"
                    + " imprisonment, home confinement, arrest or fine");
        }
        return kind;
    }

    private static String regime(String lower, SentenceType type) {
        if (type != SentenceType.PENAL_COLONY && type != SentenceType.PRISON) {
            return null;
        }
        return REGIME_ORDER.stream().filter(r -> REGIMES.get(r).matcher(lower).find()).findFirst().orElse(null);
    }
}
