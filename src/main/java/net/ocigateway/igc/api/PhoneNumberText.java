package net.ocigateway.igc.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The shape of a phone number; libphonenumber checks the number itself once the group country is known. */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Size(min = 1, max = 30)
@Pattern(regexp = "\\+?[0-9][0-9 -]{1,29}")
public @interface PhoneNumberText {

    String message() default "must be a phone number, E.164 (+3271112233) or national";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
