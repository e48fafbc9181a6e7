package net.ocigateway.igc.jms;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** An external broker is used when {@code igc.jms.broker-url} is set; empty keeps the embedded default. */
final class ExternalBrokerCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !context.getEnvironment().getProperty("igc.jms.broker-url", "").isBlank();
    }
}
