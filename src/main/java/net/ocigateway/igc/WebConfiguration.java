package net.ocigateway.igc;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.UrlHandlerFilter;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /**
     * APIO clients call every path with a trailing slash and some without; the REST routes are declared
     * without it, and this filter strips it before routing so both forms reach the same route.
     */
    @Bean
    FilterRegistrationBean<UrlHandlerFilter> trailingSlashFilter() {
        var registration = new FilterRegistrationBean<>(
                UrlHandlerFilter.trailingSlashHandler("/api/**").wrapRequest().build());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * The application's one ObjectMapper reads no deeper than any API object goes, so a hostile body of nested
     * arrays is a MALFORMED_JSON answer, not a deep walk; string and number sizes are bounded the same way.
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer boundedJsonReading() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxNumberLength(100)
                .maxStringLength(1_000_000)
                .build();
        return builder -> builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(limits));
    }
}
