package net.ocigateway.igc.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    private final PhoneNumbers phoneNumbers = new PhoneNumbers();

    @ParameterizedTest
    @ValueSource(strings = {"+3271112233", "+32-71112233", "+32 71 11 22 33", " +32 (0)71 11.22.33 "})
    void internationalFormsAreReadWithoutADefaultCountry(String input) {
        E164Number number = phoneNumbers.parse(input, null);

        assertThat(number.countryCode()).isEqualTo(32);
        assertThat(number.nationalNumber()).isEqualTo("71112233");
        assertThat(number.e164()).isEqualTo("+3271112233");
        assertThat(number.broadWorks()).isEqualTo("+32-71112233");
    }

    @ParameterizedTest
    @ValueSource(strings = {"071112233", "71112233", "071 11 22 33", "003271112233"})
    void nationalFormsAreReadInTheDefaultCountry(String input) {
        assertThat(phoneNumbers.parse(input, 32).e164()).isEqualTo("+3271112233");
    }

    @Test
    void italianLeadingZeroStaysInTheNationalNumber() {
        E164Number rome = phoneNumbers.parse("+39 06 1234 5678", null);

        assertThat(rome.nationalNumber()).isEqualTo("0612345678");
        assertThat(rome.broadWorks()).isEqualTo("+39-0612345678");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "071112233 |      | it has no country code and the group's country is not known; send it as +CC…",
                "+32 7     |      | it is too short",
                "+32 7111  |      | it is too short for its country",
                "+3271112233445566 | | it is too long for its country",
                "+999 1234567 |   | its country calling code is not known",
                "+32 71 ABC 233 | | only digits, spaces, dashes, dots and brackets may follow an optional leading +",
                "71112233  | 999  | the group's country calling code 999 is not known",
                "''        | 32   | it is empty"
            })
    void invalidNumbersAreRefusedWithAHumanReason(String input, Integer defaultCountryCode, String reason) {
        assertThatThrownBy(() -> phoneNumbers.parse(input, defaultCountryCode))
                .isInstanceOfSatisfying(
                        InvalidPhoneNumberException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void countryCodeComesFromAnInternationalNumberOnly() {
        assertThat(phoneNumbers.countryCodeOf("+3271112233")).contains(32);
        assertThat(phoneNumbers.countryCodeOf("+1-2025550100")).contains(1);
        assertThat(phoneNumbers.countryCodeOf("071112233")).isEmpty();
        assertThat(phoneNumbers.countryCodeOf("+999123")).isEmpty();
        assertThat(phoneNumbers.countryCodeOf(null)).isEmpty();
    }

    @Test
    void tableNumberWithCountryCodeLosesItsDash() {
        assertThat(phoneNumbers.fromBroadWorksTable("+32-71112233", null)).isEqualTo("+3271112233");
        assertThat(phoneNumbers.fromBroadWorksTable("+1-2025550100", 32)).isEqualTo("+12025550100");
    }

    @Test
    void tableNumberWithoutCountryCodeBecomesE164InTheFallbackCountry() {
        assertThat(phoneNumbers.fromBroadWorksTable("71112233", 32)).isEqualTo("+3271112233");
        assertThat(phoneNumbers.fromBroadWorksTable("071112233", 32)).isEqualTo("+3271112233");
    }

    @Test
    void tableNumberWithoutCountryCodeStaysAsGivenWithoutFallback() {
        assertThat(phoneNumbers.fromBroadWorksTable("071112233", null)).isEqualTo("071112233");
    }

    @Test
    void emptyTableNumberStaysEmptyAndUnreadableOnesStayAsGiven() {
        assertThat(phoneNumbers.fromBroadWorksTable("", 32)).isEmpty();
        assertThat(phoneNumbers.fromBroadWorksTable(null, 32)).isEmpty();
        assertThat(phoneNumbers.fromBroadWorksTable("+1-5551231207 - +1-5551231210", null))
                .isEqualTo("+1-5551231207 - +1-5551231210");
    }

    @Test
    void getAnswerNationalDigitsAndCountryCodeBecomeE164() {
        assertThat(phoneNumbers.fromNationalAndCountryCode("71112233", "32")).isEqualTo("+3271112233");
        assertThat(phoneNumbers.fromNationalAndCountryCode("2025550100", "1")).isEqualTo("+12025550100");
        assertThat(phoneNumbers.fromNationalAndCountryCode("+32-71112233", null)).isEqualTo("+3271112233");
    }

    @Test
    void getAnswerWithoutUsableCountryCodeKeepsTheNationalDigits() {
        assertThat(phoneNumbers.fromNationalAndCountryCode("71112233", null)).isEqualTo("71112233");
        assertThat(phoneNumbers.fromNationalAndCountryCode("71112233", "999")).isEqualTo("71112233");
        assertThat(phoneNumbers.fromNationalAndCountryCode(null, "32")).isNull();
    }
}
