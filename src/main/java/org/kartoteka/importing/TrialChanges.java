package org.kartoteka.importing;

import org.kartoteka.casefile.Trial;
import org.kartoteka.casefile.Verdict;
import org.kartoteka.common.Texts;

/** The trial fields a row gives, set on a new or stored trial; a cell that says nothing leaves the field alone. */
final class TrialChanges {

    private TrialChanges() {}

    static void apply(RowPlan plan, Trial trial, Changes changes) {
        changes.set("court", trial.court, plan.court, v -> trial.court = v);
        if (!plan.judges.isEmpty() && !plan.judges.equals(trial.judges)) {
            trial.judges.clear();
            trial.judges.addAll(Texts.names(plan.judges));
            changes.add("judges");
        }
        changes.set("verdictOn", trial.verdictOn, plan.verdictOn, v -> trial.verdictOn = v);
        Verdict verdict = RowRecords.verdict(plan);
        if (trial.verdict == null || verdict == Verdict.CONVICTED) {
            changes.set("verdict", trial.verdict, verdict, v -> trial.verdict = v);
        }
        if (plan.sentence != null) {
            changes.set("sentence.type", trial.sentenceType, plan.sentence.type(), v -> trial.sentenceType = v);
            changes.set("sentence.regime", trial.sentenceRegime, plan.sentence.regime(), v -> trial.sentenceRegime = v);
            changes.set("sentence.termDays", trial.sentenceTermDays, plan.sentence.termDays(),
                    v -> trial.sentenceTermDays = v);
        }
        changes.set("appealOn", trial.appealOn, plan.appealOn, v -> trial.appealOn = v);
    }
}
