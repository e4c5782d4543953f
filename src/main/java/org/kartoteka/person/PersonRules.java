package org.kartoteka.person;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kartoteka.common.Problem;
import org.kartoteka.common.ProblemException;

/** Rules across the fields of one person that Bean Validation cannot see field by field. */
public final class PersonRules {

    private PersonRules() {}

    public static void requireConsistent(PersonInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (input.birthDate() != null && input.diedOn() != null && input.diedOn().certainlyBefore(input.birthDate())) {
            errors.add(new Problem.FieldError("diedOn", "is before the birth date " + input.birthDate()));
        }
        if (input.externalIds() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < input.externalIds().size(); i++) {
                var id = input.externalIds().get(i);
                if (!seen.add(id.scheme() + ":" + id.value().strip())) {
                    errors.add(new Problem.FieldError("externalIds[" + i + "]",
                            "'" + id.scheme() + ":" + id.value().strip() + "' appears twice"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
