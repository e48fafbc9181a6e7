package net.ocigateway.igc.ocip.command;

/** A request command; its OCI-P {@code xsi:type} is the record's simple name. */
public sealed interface OciRequest
        permits GroupInstantGroupCallAddInstanceRequest14,
                GroupInstantGroupCallModifyInstanceRequest,
                GroupInstantGroupCallGetInstanceRequest19sp1,
                GroupInstantGroupCallDeleteInstanceRequest,
                GroupInstantGroupCallGetInstanceListRequest,
                GroupInstantGroupCallModifyActiveInstanceListRequest,
                GroupGetRequest22V5,
                GroupDepartmentGetListRequest18,
                UserModifyUserIdRequest {

    default String xsiType() {
        return getClass().getSimpleName();
    }
}
