package net.ocigateway.igc.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import java.util.Arrays;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * {@code %wEx}: Spring Boot's stack trace, with each exception's message escaped, since a message may carry a
 * value from outside as well.
 */
public class EscapedThrowable extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
        return super.throwableProxyToString(new EscapedMessages(throwable));
    }

    private record EscapedMessages(IThrowableProxy throwable) implements IThrowableProxy {

        @Override
        public String getMessage() {
            return throwable.getMessage() == null ? null : LogLine.escape(throwable.getMessage());
        }

        @Override
        public String getClassName() {
            return throwable.getClassName();
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return throwable.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return throwable.getCommonFrames();
        }

        @Override
        public IThrowableProxy getCause() {
            return throwable.getCause() == null ? null : new EscapedMessages(throwable.getCause());
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            return throwable.getSuppressed() == null ? null
                    : Arrays.stream(throwable.getSuppressed()).map(EscapedMessages::new).toArray(IThrowableProxy[]::new);
        }

        @Override
        public boolean isCyclic() {
            return throwable.isCyclic();
        }
    }
}
