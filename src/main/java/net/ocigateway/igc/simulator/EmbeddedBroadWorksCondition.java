package net.ocigateway.igc.simulator;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The embedded simulator serves only when no real BroadWorks is configured ({@code igc.broadworks.url} empty). */
final class EmbeddedBroadWorksCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return context.getEnvironment().getProperty("igc.broadworks.url", "").isBlank();
    }
}
