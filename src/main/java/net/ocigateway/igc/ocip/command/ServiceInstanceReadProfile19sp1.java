package net.ocigateway.igc.ocip.command;

import java.util.List;

/** {@code ServiceInstanceReadProfile19sp1}: national {@code phoneNumber} plus {@code countryCode}. */
public record ServiceInstanceReadProfile19sp1(
        String name,
        String callingLineIdLastName,
        String callingLineIdFirstName,
        String hiraganaLastName,
        String hiraganaFirstName,
        String phoneNumber,
        String extension,
        String countryCode,
        String nationalPrefix,
        DepartmentKey department,
        String language,
        String timeZone,
        String timeZoneDisplayName,
        List<String> aliases,
        String publicUserIdentity,
        String callingLineIdPhoneNumber) {

    public ServiceInstanceReadProfile19sp1 {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
