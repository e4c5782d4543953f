package org.kartoteka.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kartoteka.casefile.CaseStatus;
import org.kartoteka.casefile.ChargeOutcome;
import org.kartoteka.casefile.TrialInput;
import org.kartoteka.casefile.Verdict;
import org.kartoteka.common.CitationInput;
import org.kartoteka.common.Visibility;
import org.kartoteka.person.NameKind;
import org.kartoteka.person.PersonInput;

/** The records a row stands for, as the API's inputs and as the values derived from several cells. */
final class RowRecords {

    private RowRecords() {}

    /** The row's names, the first PRIMARY: name, else the first of name_be, name_ru, name_latin. */
    static List<PersonInput.NameInput> names(RowPlan plan) {
        List<PersonInput.NameInput> names = new ArrayList<>();
        add(names, plan.name, null, scriptOf(plan.name));
        add(names, plan.nameBe, "be", "Cyrl");
        add(names, plan.nameRu, "ru", "Cyrl");
        add(names, plan.nameLatin, null, "Latn");
        return names;
    }

    private static void add(List<PersonInput.NameInput> names, String value, String lang, String script) {
        if (value != null) {
            names.add(new PersonInput.NameInput(value, lang, script,
                    names.isEmpty() ? NameKind.PRIMARY : NameKind.TRANSLITERATION));
        }
    }

    static String scriptOf(String value) {
        if (value == null) {
            return null;
        }
        return value.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)
                ? "Cyrl" : "Latn";
    }

    static PersonInput personInput(RowPlan plan, ImportOptions options, List<CitationInput> citations) {
        List<PersonInput.ExternalIdInput> ids = plan.externalId() == null ? List.of()
                : List.of(new PersonInput.ExternalIdInput(plan.scheme, plan.externalValue));
        return new PersonInput(names(plan), plan.gender, plan.birthDate, null, plan.region, plan.occupation, plan.tags,
                plan.description, ids, visibility(plan, options), citations);
    }

    static Visibility visibility(RowPlan plan, ImportOptions options) {
        return plan.visibility != null ? plan.visibility : options.visibility();
    }

    static TrialInput trialInput(RowPlan plan, UUID caseId, List<CitationInput> citations) {
        return new TrialInput(caseId, plan.court, plan.judges, null, null, plan.verdictOn, verdict(plan), null, null,
                ApiRules.sentence(plan.sentence), plan.appealOn, null, citations);
    }

    /** CONVICTED when the row gives a sentence; otherwise the verdict is not known (PENDING). */
    static Verdict verdict(RowPlan plan) {
        return plan.sentence != null ? Verdict.CONVICTED : Verdict.PENDING;
    }

    static CaseStatus caseStatus(RowPlan plan) {
        if (verdict(plan) == Verdict.CONVICTED) {
            return CaseStatus.SENTENCED;
        }
        return plan.hasTrial() ? CaseStatus.TRIAL : CaseStatus.INVESTIGATION;
    }

    static ChargeOutcome chargeOutcome(RowPlan plan) {
        return verdict(plan) == Verdict.CONVICTED ? ChargeOutcome.CONVICTED : ChargeOutcome.PENDING;
    }
}
