package org.kartoteka.detention;

import java.time.LocalDate;
import org.kartoteka.common.PartialDate;

/**
 * The days a detention <em>certainly</em> covers, under every reading of its partial dates: from
 * its latest possible start up to, not including, its earliest possible end (open when it has not
 * ended). A period that started "2020-07" and ended "2020-10" certainly covers 2020-07-31 to
 * 2020-09-30. The end day is left out so that a period ending on the day the next begins (pretrial
 * detention ending on the verdict day, the sentence starting that day) is a handover, not an overlap.
 * The span is empty when the dates are too vague to be sure of any day, and when the end is unknown
 * (the person may have been released the day they were taken).
 *
 * <p>The same span backs the exclusion constraint {@code detention_no_overlap} in migration V3.
 */
public record DetentionPeriod(PartialDate startedOn, PartialDate endedOn, boolean endUnknown) {

    public static DetentionPeriod of(Detention d) {
        return new DetentionPeriod(d.startedOn, d.endedOn, d.endUnknown);
    }

    /** The first day certainly covered. */
    public LocalDate certainFrom() {
        return startedOn.latest();
    }

    /** The first day no longer certainly covered, null while the detention lasts. */
    public LocalDate certainUntil() {
        if (endUnknown) {
            return certainFrom();
        }
        return endedOn == null ? null : endedOn.earliest();
    }

    public boolean certainlyEmpty() {
        LocalDate until = certainUntil();
        return until != null && !certainFrom().isBefore(until);
    }

    /** True when both periods certainly cover one same day, whatever days their partial dates stand for. */
    public boolean certainlyOverlaps(DetentionPeriod other) {
        return !certainlyEmpty() && !other.certainlyEmpty()
                && startsBefore(certainFrom(), other.certainUntil()) && startsBefore(other.certainFrom(), certainUntil());
    }

    /** True when the end can only be before the start: its latest day precedes the start's earliest. */
    public boolean endsBeforeStart() {
        return endedOn != null && endedOn.certainlyBefore(startedOn);
    }

    @Override
    public String toString() {
        return startedOn + " to " + (endUnknown ? "an unknown end" : endedOn == null ? "now" : endedOn.toString());
    }

    private static boolean startsBefore(LocalDate day, LocalDate untilExclusive) {
        return untilExclusive == null || day.isBefore(untilExclusive);
    }
}
