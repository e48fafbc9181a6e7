package net.ocigateway.igc;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.UrlHandlerFilter;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** The API page for portal developers: Swagger UI over the OpenAPI document of the REST DSL. */
    static final String DOCS_PATH = "/api/v1/docs";

    /** First of all filters, so every answer and every log line of a request has its id. */
    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        var registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * APIO clients call every path with a trailing slash and some without; the REST routes are declared
     * without it, and this filter strips it before routing so both forms reach the same route.
     */
    @Bean
    FilterRegistrationBean<UrlHandlerFilter> trailingSlashFilter() {
        var registration = new FilterRegistrationBean<>(
                UrlHandlerFilter.trailingSlashHandler("/api/**").wrapRequest().build());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Before the security chain, so a caller arriving during start-up learns to come back, not to log in. */
    @Bean
    FilterRegistrationBean<RoutesStartupGate> routesStartupGate(CamelContext camel, ObjectMapper objectMapper) {
        var registration = new FilterRegistrationBean<>(new RoutesStartupGate(camel, objectMapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
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

    /** The page itself and Swagger UI's files, served from the webjar whatever its version. */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version("swagger-ui");
        if (version == null) {
            throw new IllegalStateException("the swagger-ui webjar is missing from the classpath");
        }
        registry.addResourceHandler(DOCS_PATH + "/**")
                .addResourceLocations("classpath:/docs/", "classpath:/META-INF/resources/webjars/swagger-ui/" + version + "/");
    }

    /** {@code /api/v1/docs/} arrives without its slash (see above) and shows the page. */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController(DOCS_PATH).setViewName("forward:" + DOCS_PATH + "/index.html");
    }
}
