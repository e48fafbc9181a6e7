package net.ocigateway.igc.simulator;

/** A department reference as OCI-P sends it: {@code groupId} is {@code null} for an enterprise department. */
record DepartmentKey(String serviceProviderId, String groupId, String name) {

    boolean isEnterprise() {
        return groupId == null;
    }
}
