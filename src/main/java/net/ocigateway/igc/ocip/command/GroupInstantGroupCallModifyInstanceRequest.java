package net.ocigateway.igc.ocip.command;

import java.util.List;

/** {@code serviceInstanceProfile} null leaves the profile out; {@code destinationPhoneNumberList} replaces the list. */
public record GroupInstantGroupCallModifyInstanceRequest(
        String serviceUserId,
        ServiceInstanceModifyProfile serviceInstanceProfile,
        Change<List<String>> destinationPhoneNumberList,
        Boolean isAnswerTimeoutEnabled,
        Change<Integer> answerTimeoutMinutes,
        String networkClassOfService)
        implements OciRequest {}
