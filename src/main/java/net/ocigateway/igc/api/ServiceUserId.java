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

/** A BroadWorks service user ID: {@code user@domain}, exactly one {@code @}. */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Size(min = 1, max = ServiceUserId.MAX_LENGTH)
@Pattern(regexp = ServiceUserId.PATTERN)
public @interface ServiceUserId {

    /** Checked on its own wherever an ID arrives outside a JSON body, e.g. in a URL path. */
    String PATTERN = "[^@\\s\\p{Cntrl}\\p{Cs}\\x{FFFE}\\x{FFFF}]+@[^@\\s\\p{Cntrl}\\p{Cs}\\x{FFFE}\\x{FFFF}]+";

    int MAX_LENGTH = 161;

    String message() default "must be user@domain, 1 to 161 characters, with exactly one @ and no spaces";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
