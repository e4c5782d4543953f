package org.kartoteka.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A fact that already happened cannot be dated after today (UTC): not even its earliest possible day. */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = NotInFuture.Validator.class)
public @interface NotInFuture {

    String message() default "lies in the future: a fact that happened cannot be dated after today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NotInFuture, PartialDate> {
        @Override
        public boolean isValid(PartialDate date, ConstraintValidatorContext context) {
            return date == null || !date.certainlyAfter(LocalDate.now(ZoneOffset.UTC));
        }
    }
}
