package net.ocigateway.igc.ocip.command;

import java.util.List;

public record GroupInstantGroupCallGetInstanceResponse19sp1(
        ServiceInstanceReadProfile19sp1 serviceInstanceProfile,
        List<String> destinationPhoneNumber,
        boolean isAnswerTimeoutEnabled,
        Integer answerTimeoutMinutes,
        String networkClassOfService)
        implements OciResponse {

    public GroupInstantGroupCallGetInstanceResponse19sp1 {
        destinationPhoneNumber = destinationPhoneNumber == null ? List.of() : List.copyOf(destinationPhoneNumber);
    }
}
