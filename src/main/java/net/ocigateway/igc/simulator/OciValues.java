package net.ocigateway.igc.simulator;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

/** Value rules of the R25 schema's simple types that go beyond length: URIs, numbers, time zones, user ids. */
final class OciValues {

    static final int USER_ID_MAX = 161;
    static final int ID_MAX = 30;
    static final int NAME_MAX = 30;
    static final int DN_MAX = 23;
    static final int URI_MAX = 161;
    static final int DEPARTMENT_NAME_MAX = 50;

    private static final Pattern SIP_URI = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+@[A-Za-z0-9\\-.]+");
    private static final Pattern OUTGOING_DN = Pattern.compile("[+0-9*#][0-9*#\\-]{0,29}");

    private OciValues() {}

    /** Virtual users need {@code user@domain} on add. */
    static String userIdWithDomain(String userId) {
        int at = userId.indexOf('@');
        if (at <= 0 || at == userId.length() - 1 || userId.indexOf('@', at + 1) >= 0) {
            throw CommandRejected.invalid("serviceUserId '" + userId + "' must be user@domain");
        }
        return userId;
    }

    /** A SIP URI as the schema wants it for aliases: {@code user@host}, no {@code sip:} scheme. */
    static String sipUri(String element, String value) {
        if (!SIP_URI.matcher(value).matches()) {
            throw CommandRejected.invalid(element + " '" + value + "' must be user@host without sip:");
        }
        return value;
    }

    static List<String> sipUris(String element, List<String> values) {
        values.forEach(value -> sipUri(element, value));
        return values;
    }

    /** An outgoing destination: a SIP URI or a dialable number. */
    static List<String> destinations(String element, List<String> values) {
        for (String value : values) {
            if (value.contains("@") ? !SIP_URI.matcher(value).matches() : !OUTGOING_DN.matcher(value).matches()) {
                throw CommandRejected.invalid(element + " '" + value + "' is neither a phone number nor user@host");
            }
        }
        return values;
    }

    static String timeZone(String value) {
        if (value != null) {
            try {
                ZoneId.of(value);
            } catch (DateTimeException e) {
                throw CommandRejected.invalid("unknown timeZone '" + value + "'");
            }
        }
        return value;
    }

    /** The display name this simulator gives a time zone: its standard offset, then its id. */
    static String timeZoneDisplayName(String timeZone) {
        ZoneId zone = ZoneId.of(timeZone);
        String offset = zone.getRules().getStandardOffset(Instant.now()).getId();
        return "(GMT" + ("Z".equals(offset) ? "" : offset) + ") " + zone.getId();
    }
}
