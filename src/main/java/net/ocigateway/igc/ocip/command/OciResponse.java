package net.ocigateway.igc.ocip.command;

/** One answer command, matched by position to the request command it answers. */
public sealed interface OciResponse
        permits SuccessResponse,
                ErrorResponse,
                WarningResponse,
                GroupInstantGroupCallGetInstanceResponse19sp1,
                GroupInstantGroupCallGetInstanceListResponse,
                GroupGetResponse22V5,
                GroupDepartmentGetListResponse18 {}
