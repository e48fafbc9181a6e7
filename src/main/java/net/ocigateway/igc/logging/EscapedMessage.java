package net.ocigateway.igc.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.slf4j.helpers.MessageFormatter;

/**
 * {@code %m}: the message with the values put into it escaped ({@link LogLine#escape}), so an ID, a name or a
 * requestId from outside cannot end the line and write one of its own. The message text itself is the code's and
 * keeps its line breaks.
 */
public class EscapedMessage extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        Object[] arguments = event.getArgumentArray();
        if (arguments == null || arguments.length == 0) {
            return event.getFormattedMessage();
        }
        Object[] escaped = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            escaped[i] = argument == null || argument.getClass().isArray() ? argument : LogLine.escape(argument.toString());
        }
        return MessageFormatter.basicArrayFormat(event.getMessage(), escaped);
    }
}
