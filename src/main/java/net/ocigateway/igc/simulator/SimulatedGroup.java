package net.ocigateway.igc.simulator;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A group: its fixed profile from the seed and its live IGC instances. Writes lock this group only (never the
 * whole system); reads of {@link #instances} need no lock.
 */
final class SimulatedGroup {

    private static final Pattern DASHED_E164 = Pattern.compile("\\+(\\d{1,3})-(\\d+)");
    private static final Pattern E164 = Pattern.compile("\\+\\d+");
    private static final Pattern NATIONAL = Pattern.compile("\\d+");

    final String serviceProviderId;
    final String groupId;
    final String groupName;
    final String defaultDomain;
    final String countryCode;
    final String nationalPrefix;
    final String callingLineIdPhoneNumber;
    final String timeZone;
    final int userLimit;
    final boolean instantGroupCallAssigned;
    final Map<String, Department> departments;
    final Map<String, Department> enterpriseDepartments;
    /** The group's DNs in E.164 without separators. */
    final SortedSet<String> phoneNumbers;

    /** Live instances by serviceUserId; sorted so lists come out in a stable order. */
    final ConcurrentSkipListMap<String, IgcInstance> instances = new ConcurrentSkipListMap<>();
    /** Guarded by this group's monitor. */
    final Set<String> phoneNumbersInUse = new HashSet<>();
    /** Guarded by this group's monitor. */
    final Set<String> extensionsInUse = new HashSet<>();

    SimulatedGroup(
            String serviceProviderId,
            String groupId,
            String groupName,
            String defaultDomain,
            String countryCode,
            String nationalPrefix,
            String callingLineIdPhoneNumber,
            String timeZone,
            int userLimit,
            boolean instantGroupCallAssigned,
            Map<String, Department> departments,
            Map<String, Department> enterpriseDepartments,
            SortedSet<String> phoneNumbers) {
        this.serviceProviderId = serviceProviderId;
        this.groupId = groupId;
        this.groupName = groupName;
        this.defaultDomain = defaultDomain;
        this.countryCode = countryCode;
        this.nationalPrefix = nationalPrefix;
        this.callingLineIdPhoneNumber = callingLineIdPhoneNumber;
        this.timeZone = timeZone;
        this.userLimit = userLimit;
        this.instantGroupCallAssigned = instantGroupCallAssigned;
        this.departments = departments;
        this.enterpriseDepartments = enterpriseDepartments;
        this.phoneNumbers = phoneNumbers;
    }

    /**
     * Reads a DN as clients send it ({@code +32-71112233}, {@code +3271112233} or national {@code 71112233}) into
     * E.164 without separators; a number in another country cannot be one of this group's DNs.
     */
    String toE164(String dn) {
        Matcher dashed = DASHED_E164.matcher(dn);
        if (dashed.matches()) {
            if (!dashed.group(1).equals(countryCode)) {
                throw new CommandRejected(SimulatorError.PHONE_NUMBER_NOT_IN_GROUP, dn);
            }
            return "+" + countryCode + dashed.group(2);
        }
        if (E164.matcher(dn).matches()) {
            return dn;
        }
        if (NATIONAL.matcher(dn).matches()) {
            return "+" + countryCode + dn;
        }
        throw CommandRejected.invalid("'" + dn + "' is not a phone number (+CC-NNN, +CCNNN or national digits)");
    }

    /** The national significant number of one of this group's E.164 DNs. */
    String nationalNumber(String e164) {
        return e164.substring(1 + countryCode.length());
    }

    /** The OCI-P table form {@code +CC-national}. */
    String tableNumber(String e164) {
        return "+" + countryCode + "-" + nationalNumber(e164);
    }

    synchronized List<String> availablePhoneNumbers() {
        return phoneNumbers.stream().filter(dn -> !phoneNumbersInUse.contains(dn)).toList();
    }

    String key() {
        return serviceProviderId + ":" + groupId;
    }
}
