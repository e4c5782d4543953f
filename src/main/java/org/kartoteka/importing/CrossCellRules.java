package org.kartoteka.importing;

/**
 * The rules across the cells of one row (point 5 of the import issue): a release cannot be before
 * the arrest, nor a verdict before the arrest when the row gives both; a row without a recognition
 * date gets no recognition, and a warning that it will not be counted among political prisoners.
 */
final class CrossCellRules {

    private CrossCellRules() {}

    static void check(RowPlan plan) {
        if (plan.detainedOn != null && plan.releasedOn != null && plan.releasedOn.certainlyBefore(plan.detainedOn)) {
            plan.error(Column.RELEASED_ON, "is " + plan.releasedOn + ", before the arrest (" + plan.detainedOn
                    + "); a person cannot be released before they are taken");
        }
        if (plan.detainedOn != null && plan.verdictOn != null && plan.verdictOn.certainlyBefore(plan.detainedOn)) {
            plan.error(Column.VERDICT_ON, "is " + plan.verdictOn + ", before the arrest (" + plan.detainedOn
                    + "); correct one of the dates (this import dates the detention from the arrest)");
        }
        if (plan.detainedOn == null && (plan.releasedOn != null || plan.status != null || plan.facility != null)) {
            plan.warn(Column.DETAINED_ON, "is empty: no detention is recorded without the date of the arrest");
        }
        if (plan.detainedOn != null && plan.status == HeldStatus.HELD && plan.releasedOn != null) {
            plan.warn(Column.STATUS, "says still held, but released_on is " + plan.releasedOn
                    + "; the detention ends on the release date");
        }
        if (plan.detainedOn != null && plan.status == null && plan.releasedOn == null) {
            plan.warn(Column.STATUS, "is empty and there is no release date: the detention's end is recorded as"
                    + " unknown, and it is not counted; write active if the person is still held");
        }
        if (plan.recognizedOn == null) {
            plan.warn(Column.RECOGNIZED_ON, "is empty: no recognition is recorded, so this person will not be"
                    + " counted among political prisoners");
        }
        if (plan.appealOn != null && plan.verdictOn != null && plan.appealOn.certainlyBefore(plan.verdictOn)) {
            plan.error(Column.APPEAL_ON, "is " + plan.appealOn + ", before the verdict (" + plan.verdictOn + ")");
        }
    }
}
