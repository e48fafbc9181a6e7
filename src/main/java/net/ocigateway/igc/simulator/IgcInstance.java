package net.ocigateway.igc.simulator;

import java.util.List;

/**
 * One Instant Group Call service instance, immutable so readers never need a lock; writers swap whole
 * instances under their group's lock. {@code phoneNumber} is stored in E.164 without separators.
 */
record IgcInstance(
        String serviceUserId,
        String serviceProviderId,
        String groupId,
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
        String callingLineIdPhoneNumber,
        List<String> destinationPhoneNumbers,
        boolean answerTimeoutEnabled,
        Integer answerTimeoutMinutes,
        String networkClassOfService,
        boolean active) {

    Draft toDraft() {
        Draft draft = new Draft();
        draft.serviceUserId = serviceUserId;
        draft.serviceProviderId = serviceProviderId;
        draft.groupId = groupId;
        draft.name = name;
        draft.callingLineIdLastName = callingLineIdLastName;
        draft.callingLineIdFirstName = callingLineIdFirstName;
        draft.hiraganaLastName = hiraganaLastName;
        draft.hiraganaFirstName = hiraganaFirstName;
        draft.phoneNumber = phoneNumber;
        draft.extension = extension;
        draft.password = password;
        draft.department = department;
        draft.language = language;
        draft.timeZone = timeZone;
        draft.aliases = aliases;
        draft.publicUserIdentity = publicUserIdentity;
        draft.callingLineIdPhoneNumber = callingLineIdPhoneNumber;
        draft.destinationPhoneNumbers = destinationPhoneNumbers;
        draft.answerTimeoutEnabled = answerTimeoutEnabled;
        draft.answerTimeoutMinutes = answerTimeoutMinutes;
        draft.networkClassOfService = networkClassOfService;
        draft.active = active;
        return draft;
    }

    /** The mutable form a command fills in before the store checks and commits it. */
    static final class Draft {
        String serviceUserId;
        String serviceProviderId;
        String groupId;
        String name;
        String callingLineIdLastName;
        String callingLineIdFirstName;
        String hiraganaLastName;
        String hiraganaFirstName;
        String phoneNumber;
        String extension;
        String password;
        DepartmentKey department;
        String language;
        String timeZone;
        List<String> aliases = List.of();
        String publicUserIdentity;
        String callingLineIdPhoneNumber;
        List<String> destinationPhoneNumbers = List.of();
        boolean answerTimeoutEnabled;
        Integer answerTimeoutMinutes;
        String networkClassOfService;
        boolean active;

        IgcInstance build() {
            return new IgcInstance(
                    serviceUserId,
                    serviceProviderId,
                    groupId,
                    name,
                    callingLineIdLastName,
                    callingLineIdFirstName,
                    hiraganaLastName,
                    hiraganaFirstName,
                    phoneNumber,
                    extension,
                    password,
                    department,
                    language,
                    timeZone,
                    List.copyOf(aliases),
                    publicUserIdentity,
                    callingLineIdPhoneNumber,
                    List.copyOf(destinationPhoneNumbers),
                    answerTimeoutEnabled,
                    answerTimeoutMinutes,
                    networkClassOfService,
                    active);
        }
    }
}
