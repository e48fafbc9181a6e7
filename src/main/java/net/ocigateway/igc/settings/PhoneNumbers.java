package net.ocigateway.igc.settings;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads and writes phone numbers through the libphonenumber numbering plans: what a client sends, what
 * BroadWorks lists in its tables, and what it returns in Get answers.
 */
@Component
public class PhoneNumbers {

    /** The region code libphonenumber uses when a number must carry its own country code. */
    private static final String NO_REGION = "ZZ";

    // Letters are refused: libphonenumber would otherwise read them as vanity keypad digits.
    private static final Pattern DIALABLE = Pattern.compile("\\+?[0-9 ().\\-/]+");

    private final PhoneNumberUtil plan = PhoneNumberUtil.getInstance();

    /**
     * Parses a number a client sent: E.164 ({@code +3271112233}), BroadWorks' dashed form ({@code +32-71112233}),
     * spaced, or national ({@code 071112233}, {@code 71112233}) when {@code defaultCountryCode} is given. The
     * number must have a possible length in its country's plan.
     *
     * @throws InvalidPhoneNumberException with a human reason when it is not a phone number
     */
    public E164Number parse(String input, Integer defaultCountryCode) {
        if (input == null || input.isBlank()) {
            throw new InvalidPhoneNumberException(String.valueOf(input), "it is empty");
        }
        String number = input.strip();
        if (!DIALABLE.matcher(number).matches()) {
            throw new InvalidPhoneNumberException(
                    input, "only digits, spaces, dashes, dots and brackets may follow an optional leading +");
        }
        if (!number.startsWith("+") && defaultCountryCode == null) {
            throw new InvalidPhoneNumberException(
                    input, "it has no country code and the group's country is not known; send it as +CC…");
        }
        String region = regionFor(number, defaultCountryCode);
        if (region == null) {
            throw new InvalidPhoneNumberException(
                    input, "the group's country calling code " + defaultCountryCode + " is not known");
        }
        PhoneNumber parsed;
        try {
            parsed = plan.parse(number, region);
        } catch (NumberParseException e) {
            throw new InvalidPhoneNumberException(input, reasonFor(e.getErrorType()));
        }
        PhoneNumberUtil.ValidationResult possible = plan.isPossibleNumberWithReason(parsed);
        if (possible != PhoneNumberUtil.ValidationResult.IS_POSSIBLE) {
            throw new InvalidPhoneNumberException(input, reasonFor(possible));
        }
        return toE164Number(parsed);
    }

    /** The country calling code of an international number ({@code +3271112233}, {@code +32-71112233}), if any. */
    public Optional<Integer> countryCodeOf(String e164) {
        if (e164 == null || !e164.strip().startsWith("+")) {
            return Optional.empty();
        }
        return read(e164, null).map(PhoneNumber::getCountryCode);
    }

    /**
     * A number from a BroadWorks table, as the REST answer shows it: {@code +32-71112233} becomes
     * {@code +3271112233}; a number without country code becomes E.164 in {@code fallbackCountryCode} when it is
     * given, else it is returned as BroadWorks gave it; {@code null} or blank becomes {@code ""}. A value the
     * numbering plan cannot read (a range, say) is returned unchanged rather than failing the whole list.
     */
    public String fromBroadWorksTable(String value, Integer fallbackCountryCode) {
        if (value == null || value.isBlank()) {
            return "";
        }
        if (!value.strip().startsWith("+") && fallbackCountryCode == null) {
            return value;
        }
        return read(value, fallbackCountryCode).map(this::e164).orElse(value);
    }

    /**
     * A number from a Get answer, which carries national digits and a separate {@code countryCode}, in E.164
     * ({@code 71112233} + {@code 32} → {@code +3271112233}). {@code null} stays {@code null}; without a usable
     * country code the national digits are returned unchanged.
     */
    public String fromNationalAndCountryCode(String national, String countryCode) {
        if (national == null || national.isBlank()) {
            return national;
        }
        if (national.strip().startsWith("+")) {
            return fromBroadWorksTable(national, null);
        }
        if (countryCode == null || !countryCode.strip().matches("[0-9]{1,3}")) {
            return national;
        }
        return read(national, Integer.valueOf(countryCode.strip()))
                .map(this::e164)
                .orElse(national);
    }

    /** Lenient read for values BroadWorks already holds: no length check, empty when unreadable. */
    private Optional<PhoneNumber> read(String value, Integer defaultCountryCode) {
        String region = regionFor(value.strip(), defaultCountryCode);
        if (region == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(plan.parse(value, region));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** The region to read a number in; {@code null} when a national number's country code is not known. */
    private String regionFor(String number, Integer defaultCountryCode) {
        if (number.startsWith("+")) {
            return NO_REGION;
        }
        String region = plan.getRegionCodeForCountryCode(defaultCountryCode);
        return NO_REGION.equals(region) ? null : region;
    }

    private String e164(PhoneNumber number) {
        return plan.format(number, PhoneNumberFormat.E164);
    }

    private E164Number toE164Number(PhoneNumber number) {
        return new E164Number(number.getCountryCode(), plan.getNationalSignificantNumber(number));
    }

    private static String reasonFor(NumberParseException.ErrorType error) {
        return switch (error) {
            case INVALID_COUNTRY_CODE -> "its country calling code is not known";
            case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> "it is too short";
            case TOO_LONG -> "it is too long";
            case NOT_A_NUMBER -> "it is not a phone number";
        };
    }

    private static String reasonFor(PhoneNumberUtil.ValidationResult result) {
        return switch (result) {
            case INVALID_COUNTRY_CODE -> "its country calling code is not known";
            case TOO_SHORT -> "it is too short for its country";
            case TOO_LONG -> "it is too long for its country";
            case IS_POSSIBLE_LOCAL_ONLY -> "it lacks the area code";
            default -> "its length does not fit its country's numbering plan";
        };
    }
}
