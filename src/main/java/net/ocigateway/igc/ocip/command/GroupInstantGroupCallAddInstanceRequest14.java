package net.ocigateway.igc.ocip.command;

import java.util.List;

public record GroupInstantGroupCallAddInstanceRequest14(
        String serviceProviderId,
        String groupId,
        String serviceUserId,
        ServiceInstanceAddProfile serviceInstanceProfile,
        List<String> destinationPhoneNumber,
        boolean isAnswerTimeoutEnabled,
        Integer answerTimeoutMinutes,
        String networkClassOfService)
        implements OciRequest {

    public GroupInstantGroupCallAddInstanceRequest14 {
        destinationPhoneNumber = destinationPhoneNumber == null ? List.of() : List.copyOf(destinationPhoneNumber);
    }
}
