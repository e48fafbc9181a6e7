package net.ocigateway.igc;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
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

    /** Tomcat's error page for requests refused before any filter runs, in the API's error shape. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonTomcatErrors(ObjectMapper objectMapper) {
        return factory -> factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            host.getPipeline().addValve(new JsonErrorReportValve(objectMapper));
            // Tomcat adds its HTML report valve at start unless one of this class is already in place.
            host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
        });
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
