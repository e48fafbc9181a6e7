package net.ocigateway.igc.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class TemplateCatalogTest {

    private static final String SHIPPED = "classpath:config/templates/instant_group_call/";

    private final ObjectMapper mapper = new ObjectMapper();
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    @TempDir
    Path folder;

    private ObjectNode json(String text) throws JsonProcessingException {
        return (ObjectNode) mapper.readTree(text);
    }

    private TemplateCatalog catalogOf(String fileName, String template) throws IOException {
        Files.writeString(folder.resolve(fileName), template);
        return TemplateCatalog.load(resolver, folder.toUri().toString(), mapper);
    }

    private TemplateCatalog catalogWithDefaults(String defaultValues) throws IOException {
        return catalogOf("t.json", "{\"name\":\"t\",\"description\":\"test\",\"data\":{\"default_values\":"
                + defaultValues + "}}");
    }

    @Test
    void shippedBasicTemplateLoadsFromTheClasspath() throws IOException {
        TemplateCatalog shipped = TemplateCatalog.load(resolver, SHIPPED, mapper);

        assertThat(shipped.names()).contains("basic");
        ObjectNode merged = shipped.applyTo("basic", json("{\"serviceInstanceProfile\":{\"name\":\"Sales\"}}"));
        assertThat(merged.at("/serviceInstanceProfile/name").asText()).isEqualTo("Sales");
        assertThat(merged.at("/serviceInstanceProfile/language").asText()).isEqualTo("English");
        assertThat(merged.at("/serviceInstanceProfile/timeZone").asText()).isEqualTo("Europe/Brussels");
        assertThat(merged.path("answerTimeoutEnabled").isBoolean()).isTrue();
        assertThat(ServiceUserIdRule.isRule(merged.path("serviceUserId").asText())).isTrue();
    }

    @Test
    void nestedObjectsMergeWithTheRequestWinning() throws IOException {
        TemplateCatalog catalog = catalogWithDefaults(
                "{\"serviceInstanceProfile\":{\"language\":\"English\",\"timeZone\":\"Europe/Brussels\"},"
                        + "\"answerTimeoutEnabled\":false}");

        ObjectNode merged = catalog.applyTo(
                "t", json("{\"serviceInstanceProfile\":{\"name\":\"Sales\",\"language\":\"French\"}}"));

        assertThat(merged)
                .isEqualTo(json("{\"serviceInstanceProfile\":{\"language\":\"French\",\"timeZone\":\"Europe/Brussels\","
                        + "\"name\":\"Sales\"},\"answerTimeoutEnabled\":false}"));
    }

    @Test
    void requestArrayReplacesTheTemplateArray() throws IOException {
        TemplateCatalog catalog =
                catalogWithDefaults("{\"destinationPhoneNumbers\":[\"+3271000001\",\"+3271000002\"]}");

        ObjectNode merged = catalog.applyTo("t", json("{\"destinationPhoneNumbers\":[\"+3271123456\"]}"));

        assertThat(merged).isEqualTo(json("{\"destinationPhoneNumbers\":[\"+3271123456\"]}"));
    }

    @Test
    void explicitNullInTheRequestWinsOverTheTemplate() throws IOException {
        TemplateCatalog catalog = catalogWithDefaults(
                "{\"answerTimeoutMinutes\":5,\"serviceInstanceProfile\":{\"language\":\"English\"}}");

        ObjectNode merged =
                catalog.applyTo("t", json("{\"answerTimeoutMinutes\":null,\"serviceInstanceProfile\":null}"));

        assertThat(merged).isEqualTo(json("{\"answerTimeoutMinutes\":null,\"serviceInstanceProfile\":null}"));
    }

    @Test
    void applyingNeitherChangesTheRequestNorTheTemplate() throws IOException {
        TemplateCatalog catalog = catalogWithDefaults("{\"serviceInstanceProfile\":{\"language\":\"English\"}}");
        ObjectNode request = json("{\"serviceInstanceProfile\":{\"name\":\"Sales\"}}");

        catalog.applyTo("t", request).with("serviceInstanceProfile").put("timeZone", "UTC");

        assertThat(request).isEqualTo(json("{\"serviceInstanceProfile\":{\"name\":\"Sales\"}}"));
        assertThat(catalog.applyTo("t", json("{}")))
                .isEqualTo(json("{\"serviceInstanceProfile\":{\"language\":\"English\"}}"));
    }

    @Test
    void noTemplateNameLeavesTheRequestAsItIs() throws IOException {
        TemplateCatalog catalog = catalogWithDefaults("{\"answerTimeoutEnabled\":false}");
        ObjectNode request = json("{\"templateName\":\"\",\"serviceInstanceProfile\":{\"name\":\"Sales\"}}");

        assertThat(catalog.applyTo(null, request)).isEqualTo(request);
        assertThat(catalog.applyTo("", request)).isEqualTo(request);
    }

    @Test
    void unknownTemplateNameIsRefusedNamingIt() throws IOException {
        TemplateCatalog catalog = catalogWithDefaults("{}");

        assertThatThrownBy(() -> catalog.applyTo("premium", json("{}")))
                .isInstanceOfSatisfying(
                        TemplateNotFoundException.class, e -> assertThat(e.templateName()).isEqualTo("premium"))
                .hasMessageContaining("'premium'");
    }

    @Test
    void templateThatIsNotJsonStopsStartUpNamingTheFile() {
        assertThatThrownBy(() -> catalogOf("broken.json", "{\"name\":\"broken\","))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken.json")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void templateWithoutDefaultValuesStopsStartUpNamingTheFile() {
        assertThatThrownBy(() -> catalogOf("empty.json", "{\"name\":\"empty\",\"data\":{}}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("empty.json")
                .hasMessageContaining("data.default_values must be a JSON object");
    }

    @Test
    void templateNamedOtherThanItsFileStopsStartUp() {
        assertThatThrownBy(() -> catalogOf("basic.json", "{\"name\":\"premium\",\"data\":{\"default_values\":{}}}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("basic.json")
                .hasMessageContaining("must equal the file name 'basic'");
    }

    @Test
    void templateWithBrokenServiceUserIdRuleStopsStartUpNamingFileAndPlaceholder() {
        assertThatThrownBy(() -> catalogWithDefaults("{\"serviceUserId\":\"{{group}}@{{domain}}\"}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("t.json")
                .hasMessageContaining("{{group}}");
    }

    @Test
    void emptyFolderGivesAnEmptyCatalog() {
        assertThat(TemplateCatalog.load(resolver, folder.toUri().toString(), mapper).names()).isEmpty();
    }
}
