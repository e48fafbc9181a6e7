package net.ocigateway.igc.simulator;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The embedded simulator serves when no real BroadWorks is configured ({@code igc.broadworks.url} empty), or when
 * {@code igc.simulator.enabled} says so explicitly: then it also serves beside a configured URL, e.g. one that
 * reaches it through a proxy.
 */
final class EmbeddedBroadWorksCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        return environment.getProperty("igc.simulator.enabled", Boolean.class,
                environment.getProperty("igc.broadworks.url", "").isBlank());
    }
}
