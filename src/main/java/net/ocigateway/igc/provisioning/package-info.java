/**
 * The named steps the routes call: read and validate a request, enrich it, translate it into OCI-P commands,
 * and map BroadWorks' answers (and every failure) back to the JSON contract.
 */
package net.ocigateway.igc.provisioning;
