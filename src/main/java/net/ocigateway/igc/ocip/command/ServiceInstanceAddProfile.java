package net.ocigateway.igc.ocip.command;

import java.util.List;

/** {@code ServiceInstanceAddProfile}; {@code aliases} are written as up to three {@code alias} elements. */
public record ServiceInstanceAddProfile(
        String name,
        String callingLineIdLastName,
        String callingLineIdFirstName,
        String hiraganaLastName,
        String hiraganaFirstName,
        String phoneNumber,
        String extension,
        String password,
        DepartmentKey department,
        String language,
        String timeZone,
        List<String> aliases,
        String publicUserIdentity,
        String callingLineIdPhoneNumber) {

    public ServiceInstanceAddProfile {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
