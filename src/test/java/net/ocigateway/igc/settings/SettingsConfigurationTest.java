package net.ocigateway.igc.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SettingsConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
            .withUserConfiguration(SettingsConfiguration.class);

    @TempDir
    Path folder;

    @Test
    void withoutConfigurationTheShippedSettingsAndTemplatesAreLoaded() {
        context.run(started -> {
            assertThat(started.getBean(IgcSettings.class)).isEqualTo(IgcSettings.defaults());
            assertThat(started.getBean(TemplateCatalog.class).names()).contains("basic");
        });
    }

    @Test
    void operatorFilesAreReadFromFileLocations() throws IOException {
        Path settings = Files.writeString(
                folder.resolve("settings.json"),
                "{\"AUTOMATIC_ID_RULES\":{\"SUID_INSTANT_GROUP_CALL_AUTO_GENERATE\":true}}");
        Path templates = Files.createDirectory(folder.resolve("templates"));
        Files.writeString(templates.resolve("gold.json"), "{\"name\":\"gold\",\"data\":{\"default_values\":{}}}");

        context.withPropertyValues(
                        "igc.settings.location=" + settings.toUri(), "igc.templates.location=" + templates.toUri())
                .run(started -> {
                    assertThat(started.getBean(IgcSettings.class).autoGenerate()).isTrue();
                    assertThat(started.getBean(TemplateCatalog.class).names()).containsExactly("gold");
                });
    }

    @Test
    void brokenSettingsFileStopsStartUpNamingKeyAndFile() throws IOException {
        Path settings = Files.writeString(folder.resolve("settings.json"), "{\"GROUP_NUMBERS_USE_CC_CLI\":\"no\"}");

        context.withPropertyValues("igc.settings.location=" + settings.toUri()).run(started -> assertThat(started)
                .getFailure()
                .rootCause()
                .hasMessageContaining("GROUP_NUMBERS_USE_CC_CLI")
                .hasMessageContaining(settings.getFileName().toString()));
    }
}
