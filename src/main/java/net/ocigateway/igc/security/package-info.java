/** Who may call the gateway: local login, signed tokens, levels and the tenant/group scope of every IGC call. */
package net.ocigateway.igc.security;
