package org.kartoteka.timeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kartoteka.casefile.CaseFile;
import org.kartoteka.casefile.Charge;
import org.kartoteka.casefile.ChargeModifier;
import org.kartoteka.casefile.SentenceType;
import org.kartoteka.casefile.Trial;
import org.kartoteka.detention.Detention;
import org.kartoteka.recognition.Recognition;

/** The human sentences of timeline events. Terms count a year as 365 days and a month as 30. */
final class Summaries {

    private Summaries() {}

    static String caseOpened(CaseFile c) {
        List<String> details = new ArrayList<>();
        if (c.reference != null) {
            details.add("no. " + c.reference);
        }
        if (c.groupName != null) {
            details.add("\"" + c.groupName + "\"");
        }
        return "Case opened" + (c.authority == null ? "" : " by " + c.authority)
                + (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")");
    }

    static String charged(Charge ch) {
        String modifier = ch.modifier == ChargeModifier.NONE ? "" : " (" + label(ch.modifier) + ")";
        return "Charged under " + ch.article.citation() + ", " + ch.article.title + modifier + "; outcome: "
                + label(ch.outcome);
    }

    static String trialStarted(Trial t) {
        return "Trial started" + (t.court == null ? "" : " at " + t.court) + (t.closedSession ? ", behind closed doors" : "")
                + (t.inAbsentia ? ", in absentia" : "");
    }

    static String verdict(Trial t) {
        return switch (t.verdict) {
            case CONVICTED -> sentence(t);
            case ACQUITTED -> "Acquitted";
            case RETURNED -> "The court returned the case to the prosecutor";
            case PENDING -> "Verdict pending";
        };
    }

    static String appeal(Trial t) {
        return "Appeal" + (t.appealOutcome == null ? " heard" : ": " + t.appealOutcome);
    }

    static String detentionStarted(Detention d) {
        return "Detained (" + label(d.kind) + ")" + (d.facility == null ? "" : " in " + d.facility);
    }

    static String detentionEnded(Detention d) {
        return "Detention (" + label(d.kind) + ") ended" + (d.endUnknown ? " at a date the sources do not give" : "")
                + (d.endReason == null ? "" : ": " + label(d.endReason));
    }

    static String recognized(Recognition r) {
        return "Recognised as a political prisoner by " + r.recognizedBy;
    }

    static String recognitionRevoked(Recognition r) {
        return "Recognition by " + r.recognizedBy + " revoked";
    }

    /** "Sentenced to 3 years in a penal colony (regime: general)", or what the record does say. */
    static String sentence(Trial t) {
        if (t.sentenceType == null) {
            return "Convicted; the sentence is not recorded";
        }
        if (t.sentenceType == SentenceType.FINE) {
            return "Fined" + amount(t.sentenceFineAmount, t.sentenceCurrency);
        }
        String term = term(t.sentenceTermDays);
        String text = switch (t.sentenceType) {
            case PENAL_COLONY -> "Sentenced to " + or(term, "a term") + " in a penal colony";
            case PRISON -> "Sentenced to " + or(term, "a term") + " in prison";
            case OPEN_FACILITY -> "Sentenced to " + or(term, "a term") + " in an open-type correctional facility";
            case HOME_CONFINEMENT -> "Sentenced to " + or(term, "a term") + " of home confinement";
            case RESTRICTION_OF_FREEDOM -> "Sentenced to " + or(term, "a term") + " of restriction of freedom";
            case ARREST -> "Sentenced to " + or(term, "a term") + " of arrest";
            case SUSPENDED -> "Given a suspended sentence" + (term == null ? "" : " of " + term);
            default -> "Sentenced" + (term == null ? "" : " to " + term) + " (type: other)";
        };
        String regime = t.sentenceRegime == null ? "" : " (regime: " + t.sentenceRegime + ")";
        String fine = t.sentenceFineAmount == null ? "" : " and fined" + amount(t.sentenceFineAmount, t.sentenceCurrency);
        return text + regime + fine + (term == null ? "; term not recorded" : "");
    }

    static String term(Integer days) {
        if (days == null) {
            return null;
        }
        if (days > 0 && days % 365 == 0) {
            return plural(days / 365, "year");
        }
        if (days > 0 && days % 30 == 0) {
            return plural(days / 30, "month");
        }
        return plural(days, "day");
    }

    private static String amount(BigDecimal amount, String currency) {
        return amount == null ? "" : " " + amount.toPlainString() + (currency == null ? "" : " " + currency);
    }

    private static String plural(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
