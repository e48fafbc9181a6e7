package net.ocigateway.igc.ocip.command;

/** The abstract OCI-P {@code DepartmentKey}; the concrete type travels as {@code xsi:type}. */
public sealed interface DepartmentKey permits GroupDepartmentKey, EnterpriseDepartmentKey {

    String serviceProviderId();

    String name();
}
