package net.ocigateway.igc.ocip.command;

import java.util.List;

/** {@code ServiceInstanceModifyProfile}; {@code sipAliasList} is the {@code ReplacementSIPAliasList}. */
public record ServiceInstanceModifyProfile(
        String name,
        String callingLineIdLastName,
        String callingLineIdFirstName,
        String hiraganaLastName,
        String hiraganaFirstName,
        Change<String> phoneNumber,
        Change<String> extension,
        String password,
        Change<DepartmentKey> department,
        String language,
        String timeZone,
        Change<List<String>> sipAliasList,
        Change<String> publicUserIdentity,
        Change<String> callingLineIdPhoneNumber) {}
