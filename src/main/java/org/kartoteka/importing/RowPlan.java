package org.kartoteka.importing;

import java.util.ArrayList;
import java.util.List;
import org.kartoteka.common.PartialDate;
import org.kartoteka.common.Visibility;
import org.kartoteka.person.Gender;

/**
 * What one register row says, cell by cell understood (null: the cell says nothing), with the
 * errors that reject the row and the warnings that do not. Nothing here is derived yet: the
 * {@link RowFacts} of a row are computed from it.
 */
final class RowPlan {

    final int row;
    final List<RowMessage> errors = new ArrayList<>();
    final List<RowMessage> warnings = new ArrayList<>();

    String scheme;
    String externalValue;
    String name;
    String nameBe;
    String nameRu;
    String nameLatin;
    Gender gender;
    PartialDate birthDate;
    String region;
    String occupation;
    String description;
    List<String> tags = List.of();
    HeldStatus status;
    PartialDate detainedOn;
    PartialDate releasedOn;
    String facility;
    List<ArticleMention> articles = List.of();
    String caseReference;
    String groupName;
    String court;
    List<String> judges = List.of();
    PartialDate verdictOn;
    SentenceCell sentence;
    PartialDate appealOn;
    PartialDate recognizedOn;
    String recognitionUrl;
    String sourceUrl;
    Visibility visibility;

    RowPlan(int row) {
        this.row = row;
    }

    String externalId() {
        return scheme == null || externalValue == null ? null : scheme + ":" + externalValue;
    }

    boolean rejected() {
        return !errors.isEmpty();
    }

    void error(Column column, String message) {
        errors.add(RowMessage.of(column, message));
    }

    void warn(Column column, String message) {
        warnings.add(RowMessage.of(column, message));
    }

    /** Whether the row says anything of a case: its charges, reference, group or trial. */
    boolean hasCase() {
        return !articles.isEmpty() || caseReference != null || groupName != null || hasTrial();
    }

    boolean hasTrial() {
        return court != null || !judges.isEmpty() || verdictOn != null || sentence != null || appealOn != null;
    }
}
