package net.ocigateway.igc.simulator;

import java.util.List;
import java.util.Map;

/**
 * One element of a parsed OCI-P document: the simulator's own minimal tree, so it shares no parsing code with
 * the gateway's client.
 *
 * @param namespace the element's namespace URI, {@code ""} when none
 * @param name the local name
 * @param type the local part of {@code xsi:type}, or {@code null} when absent
 * @param nil whether {@code xsi:nil="true"} is set
 * @param attributes the other attributes that have no namespace, by local name
 * @param text the character content of a leaf element, {@code ""} when there is none
 * @param children the child elements in document order
 */
record XmlElement(
        String namespace,
        String name,
        String type,
        boolean nil,
        Map<String, String> attributes,
        String text,
        List<XmlElement> children) {

    String attribute(String localName) {
        return attributes.get(localName);
    }
}
