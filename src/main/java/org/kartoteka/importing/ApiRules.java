package org.kartoteka.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kartoteka.casefile.CaseInput;
import org.kartoteka.casefile.SentenceInput;
import org.kartoteka.casefile.TrialInput;
import org.kartoteka.casefile.TrialRules;
import org.kartoteka.common.CitationInput;
import org.kartoteka.common.Problem;
import org.kartoteka.common.ProblemException;
import org.kartoteka.detention.DetentionInput;
import org.kartoteka.person.PersonInput;
import org.kartoteka.person.PersonRules;
import org.kartoteka.recognition.RecognitionInput;

/**
 * The API's own rules applied to a row: the row's records are built as the request bodies the
 * API would receive (PersonInput, CaseInput, TrialInput, DetentionInput, RecognitionInput) and
 * checked with their Bean Validation constraints and the services' cross-field rules
 * ({@link PersonRules}, {@link TrialRules}), so that an imported record obeys exactly what a
 * POST would. Failures become row errors naming the import column.
 */
@ApplicationScoped
class ApiRules {

    /** The input field a constraint names, to the import column that fills it. */
    private static final Map<String, Column> COLUMNS = Map.ofEntries(
            Map.entry("names", Column.NAME), Map.entry("birthDate", Column.BIRTH_DATE),
            Map.entry("region", Column.REGION), Map.entry("occupation", Column.OCCUPATION),
            Map.entry("tags", Column.TAGS), Map.entry("description", Column.DESCRIPTION),
            Map.entry("externalIds", Column.EXTERNAL_ID), Map.entry("reference", Column.CASE_REFERENCE),
            Map.entry("groupName", Column.GROUP_NAME), Map.entry("court", Column.COURT),
            Map.entry("judges", Column.JUDGES), Map.entry("verdictOn", Column.VERDICT_ON),
            Map.entry("appealOn", Column.APPEAL_ON), Map.entry("sentence", Column.SENTENCE),
            Map.entry("facility", Column.FACILITY), Map.entry("startedOn", Column.DETAINED_ON),
            Map.entry("endedOn", Column.RELEASED_ON), Map.entry("recognizedOn", Column.RECOGNIZED_ON));
    private static final UUID PLACEHOLDER = new UUID(0, 0);

    @Inject
    Validator validator;

    void check(RowPlan plan, ImportOptions options) {
        List<CitationInput> citations = List.of(new CitationInput(options.sourceId(), "row " + plan.row, null, null));
        PersonInput person = RowRecords.personInput(plan, options, citations);
        collect(plan, validator.validate(person));
        shared(plan, () -> PersonRules.requireConsistent(person));
        if (plan.hasCase()) {
            collect(plan, validator.validate(new CaseInput(PLACEHOLDER, plan.caseReference, plan.groupName, null, null,
                    null, citations)));
        }
        if (plan.hasTrial()) {
            TrialInput trial = RowRecords.trialInput(plan, PLACEHOLDER, citations);
            collect(plan, validator.validate(trial));
            shared(plan, () -> TrialRules.requireConsistent(trial));
        }
        for (DetentionFacts period : DetentionFacts.of(plan)) {
            collect(plan, validator.validate(new DetentionInput(PLACEHOLDER, null, period.kind(), period.startedOn(),
                    period.endedOn(), period.endUnknown(), null, period.facility(), null, citations)));
        }
        if (plan.recognizedOn != null) {
            collect(plan, validator.validate(new RecognitionInput(PLACEHOLDER, options.recognizedBy(), plan.recognizedOn,
                    null, null, citations)));
        }
    }

    private static void shared(RowPlan plan, Runnable rule) {
        try {
            rule.run();
        } catch (ProblemException e) {
            for (Problem.FieldError error : e.errors()) {
                plan.error(column(error.field()), error.message());
            }
        }
    }

    private static <T> void collect(RowPlan plan, Set<ConstraintViolation<T>> violations) {
        List<String> seen = new ArrayList<>();
        for (ConstraintViolation<T> violation : violations) {
            String path = violation.getPropertyPath().toString();
            String message = path + " " + violation.getMessage();
            if (!seen.contains(message)) {
                seen.add(message);
                plan.error(column(path), violation.getMessage());
            }
        }
    }

    private static Column column(String path) {
        String root = path.replaceAll("[\\[.].*$", "");
        return COLUMNS.get(root);
    }

    /** For a sentence: the input the API would receive. */
    static SentenceInput sentence(SentenceCell cell) {
        return cell == null ? null : new SentenceInput(cell.type(), cell.regime(), cell.termDays(), null, null);
    }
}
