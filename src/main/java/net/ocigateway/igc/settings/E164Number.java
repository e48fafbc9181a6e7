package net.ocigateway.igc.settings;

/**
 * A phone number split the way the numbering plan splits it, produced by {@link PhoneNumbers}.
 *
 * @param countryCode the country calling code, e.g. {@code 32}
 * @param nationalNumber the national significant number without trunk prefix, e.g. {@code 71112233}
 */
public record E164Number(int countryCode, String nationalNumber) {

    public E164Number {
        if (countryCode < 1 || countryCode > 999) {
            throw new IllegalArgumentException("country calling code out of range: " + countryCode);
        }
        if (nationalNumber == null || !nationalNumber.matches("[0-9]{1,17}")) {
            throw new IllegalArgumentException("national number must be digits only: " + nationalNumber);
        }
    }

    /** The JSON form, e.g. {@code +3271112233}. */
    public String e164() {
        return "+" + countryCode + nationalNumber;
    }

    /** The form sent to BroadWorks, e.g. {@code +32-71112233}. */
    public String broadWorks() {
        return "+" + countryCode + "-" + nationalNumber;
    }
}
