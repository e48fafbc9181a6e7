package net.ocigateway.igc.ocip.command;

import java.util.List;

public record GroupInstantGroupCallModifyActiveInstanceListRequest(List<ServiceActivation> serviceActivation)
        implements OciRequest {

    public GroupInstantGroupCallModifyActiveInstanceListRequest {
        serviceActivation = List.copyOf(serviceActivation);
    }
}
