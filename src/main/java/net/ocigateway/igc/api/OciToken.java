package net.ocigateway.igc.api;

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

/**
 * Text that BroadWorks stores as an {@code xs:token} of the given length: measured after whitespace collapse,
 * as the schema measures it, and free of control characters. {@code null} is valid (absent or cleared).
 */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = OciToken.Validator.class)
public @interface OciToken {

    int min() default 1;

    int max();

    String message() default "must be {min} to {max} characters, without control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<OciToken, String> {
        private int min;
        private int max;

        /**
         * No control characters, and only characters an XML document can carry: no lone surrogate, no U+FFFE or
         * U+FFFF (a JSON body can spell them as escapes; OCI-P could not send them).
         */
        public static boolean isPlainText(String value) {
            return value.codePoints().noneMatch(c -> Character.isISOControl(c)
                    || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) || c == 0xFFFE || c == 0xFFFF);
        }

        @Override
        public void initialize(OciToken token) {
            min = token.min();
            max = token.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (!isPlainText(value)) {
                return false;
            }
            int length = value.strip().replaceAll("\\s+", " ").length();
            return length >= min && length <= max;
        }
    }
}
