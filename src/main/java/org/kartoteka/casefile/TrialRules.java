package org.kartoteka.casefile;

import java.util.ArrayList;
import java.util.List;
import org.kartoteka.common.PartialDate;
import org.kartoteka.common.Problem;
import org.kartoteka.common.ProblemException;

/**
 * The order of a trial's dates and what its verdict allows. Dates are partial: a date is refused
 * only when it is <em>certainly</em> before the one it must follow (every day it could be lies
 * before every day the other could be), so "2021" and "2021-03-17" never contradict each other.
 */
public final class TrialRules {

    private TrialRules() {}

    public static void requireConsistent(TrialInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        notBefore(errors, "verdictOn", input.verdictOn(), "the trial's start", input.startedOn());
        notBefore(errors, "appealOn", input.appealOn(), "the verdict", input.verdictOn());
        notBefore(errors, "appealOn", input.appealOn(), "the trial's start", input.startedOn());
        if (input.sentence() != null && input.verdict() != Verdict.CONVICTED) {
            errors.add(new Problem.FieldError("sentence", "only a CONVICTED verdict has a sentence; set verdict"
                    + " to CONVICTED or leave the sentence out"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void notBefore(List<Problem.FieldError> errors, String field, PartialDate date, String what,
            PartialDate earlier) {
        if (date != null && earlier != null && date.certainlyBefore(earlier)) {
            errors.add(new Problem.FieldError(field, "is " + date + ", before " + what + " (" + earlier + ")"));
        }
    }
}
