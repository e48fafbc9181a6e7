package net.ocigateway.igc.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class SettingsFileTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private IgcSettings read(String json) {
        return SettingsFile.read(new ByteArrayResource(json.getBytes(StandardCharsets.UTF_8), "operator.json"), mapper);
    }

    @Test
    void shippedFileHoldsApioDefaults() {
        IgcSettings shipped = SettingsFile.read(new ClassPathResource("config/settings.json"), mapper);

        assertThat(shipped).isEqualTo(IgcSettings.defaults());
        assertThat(shipped.rule().text()).isEqualTo("{{group_id}}_igc{{RND_4}}@{{domain}}");
        assertThat(shipped.autoGenerate()).isFalse();
    }

    @Test
    void absentKeysTakeApioDefaults() {
        assertThat(read("{}")).isEqualTo(IgcSettings.defaults());
        assertThat(read("{\"AUTOMATIC_ID_RULES\":{}}")).isEqualTo(IgcSettings.defaults());
    }

    @Test
    void nullKeysTakeApioDefaults() {
        assertThat(read("{\"AUTOMATIC_ID_RULES\":{\"SUID_INSTANT_GROUP_CALL_RULE\":null},"
                        + "\"GROUP_NUMBERS_USE_CC_CLI\":null}"))
                .isEqualTo(IgcSettings.defaults());
    }

    @Test
    void everyKeyIsReadFromAnApioFileAndOtherApioKeysAreIgnored() {
        IgcSettings settings = read(
                """
                {
                  "AUTOMATIC_ID_RULES": {
                    "SUID_INSTANT_GROUP_CALL_AUTO_GENERATE": true,
                    "SUID_INSTANT_GROUP_CALL_RULE": "igc{{national_no_0}}@{{domain}}",
                    "SERVICE_USERS_UPDATE_ID_PHONE_NUMBER": true,
                    "SUID_USER_RULE": "{{phone_number_e164}}@{{domain}}"
                  },
                  "GROUP_NUMBERS_USE_CC_CLI": true,
                  "SERVICE_USERS_RETURN_ACTIVE_STATUS": true,
                  "PASSWORD_GENERATION": {"length": 12},
                  "SESSION_TIMEOUT": 600
                }
                """);

        assertThat(settings.autoGenerate()).isTrue();
        assertThat(settings.rule().text()).isEqualTo("igc{{national_no_0}}@{{domain}}");
        assertThat(settings.updateIdOnPhoneChange()).isTrue();
        assertThat(settings.groupNumbersUseCcCli()).isTrue();
        assertThat(settings.returnActiveStatus()).isTrue();
    }

    @Test
    void flagOfWrongTypeStopsStartUpNamingKeyAndFile() {
        assertThatThrownBy(() -> read("{\"AUTOMATIC_ID_RULES\":{\"SUID_INSTANT_GROUP_CALL_AUTO_GENERATE\":\"yes\"}}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AUTOMATIC_ID_RULES.SUID_INSTANT_GROUP_CALL_AUTO_GENERATE")
                .hasMessageContaining("operator.json")
                .hasMessageContaining("\"yes\"");
        assertThatThrownBy(() -> read("{\"SERVICE_USERS_RETURN_ACTIVE_STATUS\":1}"))
                .hasMessageContaining("SERVICE_USERS_RETURN_ACTIVE_STATUS must be true or false");
    }

    @Test
    void ruleOfWrongTypeStopsStartUpNamingTheKey() {
        assertThatThrownBy(() -> read("{\"AUTOMATIC_ID_RULES\":{\"SUID_INSTANT_GROUP_CALL_RULE\":42}}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AUTOMATIC_ID_RULES.SUID_INSTANT_GROUP_CALL_RULE must be a string");
    }

    @Test
    void idRulesThatAreNotAnObjectStopStartUpNamingTheKey() {
        assertThatThrownBy(() -> read("{\"AUTOMATIC_ID_RULES\":[]}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AUTOMATIC_ID_RULES must be a JSON object");
    }

    @Test
    void ruleWithUnknownPlaceholderStopsStartUpNamingKeyAndPlaceholder() {
        String file = "{\"AUTOMATIC_ID_RULES\":{\"SUID_INSTANT_GROUP_CALL_RULE\":\"{{grp}}@{{domain}}\"}}";

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("operator.json")
                .hasMessageContaining("AUTOMATIC_ID_RULES.SUID_INSTANT_GROUP_CALL_RULE")
                .hasMessageContaining("{{grp}}");
    }

    @Test
    void ruleWithRandomDigitsOutOfRangeStopsStartUpNamingTheKey() {
        assertThatThrownBy(() -> read("{\"AUTOMATIC_ID_RULES\":{\"SUID_INSTANT_GROUP_CALL_RULE\":\"x{{RND_13}}@d\"}}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AUTOMATIC_ID_RULES.SUID_INSTANT_GROUP_CALL_RULE")
                .hasMessageContaining("{{RND_13}}");
    }

    @Test
    void unparsableJsonStopsStartUpNamingTheFile() {
        assertThatThrownBy(() -> read("{\"GROUP_NUMBERS_USE_CC_CLI\": true,"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("operator.json")
                .hasMessageContaining("is not valid JSON");
    }

    @Test
    void fileThatIsNotAnObjectOrMissingStopsStartUp() {
        assertThatThrownBy(() -> read("[]")).hasMessageContaining("must hold a JSON object");
        assertThatThrownBy(() -> read("")).hasMessageContaining("must hold a JSON object");
        assertThatThrownBy(() -> SettingsFile.read(new ClassPathResource("config/absent.json"), mapper))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("config/absent.json")
                .hasMessageContaining("not found");
    }
}
