package net.ocigateway.igc.ocip.command;

/**
 * Columns: "Is Enterprise Department", "Department Name", "Full Path Name", "Calling Line Id Name",
 * "Calling Line Id Phone Number".
 */
public record GroupDepartmentGetListResponse18(OciTable departmentTable) implements OciResponse {}
