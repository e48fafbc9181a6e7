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

/** An OCI-P {@code OutgoingDNorSIPURI}: a phone number or {@code user@host} without {@code sip:}. */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Size(min = 1, max = 161)
@Pattern(regexp = "\\+?[0-9][0-9 -]{1,29}|[A-Za-z0-9_.!~*'()-]+@[A-Za-z0-9.-]+")
public @interface Destination {

    String message() default "must be a phone number or user@host (no sip: prefix), 1 to 161 characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
