/** How log lines are written: values from outside with their control characters escaped. */
package net.ocigateway.igc.logging;
