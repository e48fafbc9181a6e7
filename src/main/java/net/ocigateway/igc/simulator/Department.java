package net.ocigateway.igc.simulator;

import java.util.Map;

/** A department of a group or an enterprise; {@code parentName} is {@code null} at the top level. */
record Department(String name, String parentName, String callingLineIdName, String callingLineIdPhoneNumber) {

    /** The full path as this simulator writes it, parent first: {@code "parent \ child"}. */
    String fullPathName(Map<String, Department> sameLevel) {
        Department parent = parentName == null ? null : sameLevel.get(parentName);
        return parent == null ? name : parent.fullPathName(sameLevel) + " \\ " + name;
    }
}
