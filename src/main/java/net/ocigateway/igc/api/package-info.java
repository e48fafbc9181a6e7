/** The JSON objects of the REST and JMS contract and the rules each field obeys (API.md §2, §3, §6). */
package net.ocigateway.igc.api;
