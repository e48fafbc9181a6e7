package net.ocigateway.igc.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;

/** Reads settings.json and the templates once at start-up; a broken file stops start-up with its name. */
@Configuration(proxyBeanMethods = false)
class SettingsConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsConfiguration.class);

    @Bean
    IgcSettings igcSettings(
            ResourceLoader resources,
            ObjectMapper mapper,
            @Value("${igc.settings.location:classpath:config/settings.json}") String location) {
        IgcSettings settings = SettingsFile.read(resources.getResource(location), mapper);
        LOG.info("Settings from {}: auto-generate IDs {}, rule {}", location, settings.autoGenerate(), settings.rule());
        return settings;
    }

    @Bean
    TemplateCatalog templateCatalog(
            ResourceLoader resources,
            ObjectMapper mapper,
            @Value("${igc.templates.location:classpath:config/templates/instant_group_call/}") String location) {
        TemplateCatalog catalog =
                TemplateCatalog.load(ResourcePatternUtils.getResourcePatternResolver(resources), location, mapper);
        if (catalog.names().isEmpty()) {
            LOG.warn("No instant group call templates under {}: every templateName will be refused", location);
        } else {
            LOG.info("Instant group call templates from {}: {}", location, catalog.names());
        }
        return catalog;
    }
}
