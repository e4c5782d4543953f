package org.kartoteka.importing;

import java.util.ArrayList;
import java.util.List;
import org.kartoteka.common.PartialDate;
import org.kartoteka.detention.DetentionKind;

/**
 * A detention a row says happened, and how a row's dates become detentions (docs/import.md):
 * one period from the arrest to the release; with a verdict whose sentence keeps the person held,
 * PRETRIAL ends on the verdict day and SENTENCE (OPEN_FACILITY for an open-type facility) starts
 * that day, so that no day in between is uncovered. A release before the verdict ends the detention
 * there. Without a release date the detention lasts while the status says the person is held,
 * otherwise its end is unknown.
 *
 * @param role PRETRIAL or SENTENCE: which of the row's two detentions this is, across re-imports
 */
record DetentionFacts(String role, DetentionKind kind, PartialDate startedOn, PartialDate endedOn,
        boolean endUnknown, String facility) {

    static final String PRETRIAL = "PRETRIAL";
    static final String SENTENCE = "SENTENCE";

    static List<DetentionFacts> of(RowPlan plan) {
        List<DetentionFacts> periods = new ArrayList<>();
        if (plan.detainedOn == null) {
            return periods;
        }
        boolean releasedBeforeVerdict = plan.verdictOn != null && plan.releasedOn != null
                && plan.releasedOn.certainlyBefore(plan.verdictOn);
        boolean heldAfterVerdict = plan.verdictOn != null && !releasedBeforeVerdict && heldAfterVerdict(plan);
        boolean endUnknown = plan.releasedOn == null && plan.status != HeldStatus.HELD;
        if (plan.verdictOn == null || releasedBeforeVerdict) {
            periods.add(new DetentionFacts(PRETRIAL, DetentionKind.PRETRIAL, plan.detainedOn, plan.releasedOn,
                    endUnknown, plan.facility));
        } else if (heldAfterVerdict) {
            periods.add(new DetentionFacts(PRETRIAL, DetentionKind.PRETRIAL, plan.detainedOn, plan.verdictOn, false, null));
            periods.add(new DetentionFacts(SENTENCE, sentenceKind(plan), plan.verdictOn, plan.releasedOn, endUnknown,
                    plan.facility));
        } else {
            periods.add(new DetentionFacts(PRETRIAL, DetentionKind.PRETRIAL, plan.detainedOn, plan.verdictOn, false,
                    plan.facility));
        }
        return periods;
    }

    /**
     * Held after the verdict: the sentence deprives liberty, or no sentence is given but the person
     * is still held (status) or released after the verdict.
     */
    private static boolean heldAfterVerdict(RowPlan plan) {
        if (plan.sentence != null) {
            return plan.sentence.deprivesLiberty();
        }
        return plan.status == HeldStatus.HELD || plan.releasedOn != null;
    }

    private static DetentionKind sentenceKind(RowPlan plan) {
        return plan.sentence != null && plan.sentence.type() == org.kartoteka.casefile.SentenceType.OPEN_FACILITY
                ? DetentionKind.OPEN_FACILITY : DetentionKind.SENTENCE;
    }
}
