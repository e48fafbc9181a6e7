package net.ocigateway.igc.logging;

import ch.qos.logback.classic.pattern.MDCConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %X}: MDC values (the requestId) with control characters escaped, as {@link EscapedMessage} does. */
public class EscapedMdc extends MDCConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return LogLine.escape(super.convert(event));
    }
}
