/**
 * The OCI-P commands the gateway sends and the answers it reads, one record per R25 schema type and named
 * exactly as that type. Record components follow the schema's element order. {@code null} means the
 * element is absent; {@link net.ocigateway.igc.ocip.command.Change} carries the three states of a
 * nillable Modify element.
 */
package net.ocigateway.igc.ocip.command;
