package org.kartoteka.importing;

import java.util.List;
import java.util.Map;

/**
 * The report of one row: its outcome, messages, the ids of the records it wrote (or would write,
 * in a dry run) by kind, for UPDATED the fields that changed, and the person it may duplicate
 * (null when none scored the job's duplicateScore).
 */
record RowResult(int row, String externalId, RowOutcome outcome, List<RowMessage> errors, List<RowMessage> warnings,
        Map<String, Object> records, List<String> changedFields, PossibleDuplicate possibleDuplicate) {

    RowResult(int row, String externalId, RowOutcome outcome, List<RowMessage> errors, List<RowMessage> warnings,
            Map<String, Object> records, List<String> changedFields) {
        this(row, externalId, outcome, errors, warnings, records, changedFields, null);
    }

    static RowResult rejected(RowPlan plan) {
        return new RowResult(plan.row, plan.externalId(), RowOutcome.REJECTED, List.copyOf(plan.errors),
                List.copyOf(plan.warnings), Map.of(), List.of());
    }
}
