/**
 * Message-driven provisioning (API.md §8): the embedded or external broker, the steps of the JMS route that
 * feeds queued requests through the same operation routes as REST, and the record of processed requests that
 * makes a repeated requestId harmless.
 */
package net.ocigateway.igc.jms;
