package net.ocigateway.igc.ocip.command;

/**
 * Columns: "Service User Id", "Name", "Phone Number", "Extension", "Department", "Is Active".
 */
public record GroupInstantGroupCallGetInstanceListResponse(OciTable instantGroupCallTable) implements OciResponse {}
