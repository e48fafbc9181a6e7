package net.ocigateway.igc.jms;

import java.util.Map;
import java.util.Optional;
import net.ocigateway.igc.security.Caller;
import org.springframework.stereotype.Component;

/**
 * The scope a message runs in, as a REST call runs in its token's: that of the broker user the broker stamped
 * on it (JMSXUserID). Only where no broker user is configured does every message run as the default caller.
 */
@Component
class MessageCallers {

    private final Map<String, Caller> brokerUsers;
    private final Caller defaultCaller;

    MessageCallers(JmsProperties properties) {
        this.brokerUsers = properties.brokerUsers();
        this.defaultCaller = properties.defaultCaller().caller();
    }

    /** The caller of a message with this validated user (null when none); empty when it is nobody known. */
    Optional<Caller> callerOf(String validatedUser) {
        if (brokerUsers.isEmpty()) {
            return Optional.of(defaultCaller);
        }
        return Optional.ofNullable(validatedUser).map(brokerUsers::get);
    }
}
