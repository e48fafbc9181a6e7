package net.ocigateway.igc.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.Resource;

/**
 * Reads an APIO {@code settings.json}. Keys the gateway does not know are ignored, since operators paste their
 * whole APIO file; an absent or {@code null} key takes APIO's default; anything else that is wrong stops
 * start-up with a message naming the key and the file.
 */
final class SettingsFile {

    static final String AUTOMATIC_ID_RULES = "AUTOMATIC_ID_RULES";
    static final String AUTO_GENERATE = "SUID_INSTANT_GROUP_CALL_AUTO_GENERATE";
    static final String RULE = "SUID_INSTANT_GROUP_CALL_RULE";
    static final String UPDATE_ID_PHONE_NUMBER = "SERVICE_USERS_UPDATE_ID_PHONE_NUMBER";
    static final String GROUP_NUMBERS_USE_CC_CLI = "GROUP_NUMBERS_USE_CC_CLI";
    static final String RETURN_ACTIVE_STATUS = "SERVICE_USERS_RETURN_ACTIVE_STATUS";

    private final String source;

    private SettingsFile(String source) {
        this.source = source;
    }

    /**
     * @throws IllegalStateException when the file is missing, not JSON, or holds a key of the wrong type or a
     *     rule that does not parse
     */
    static IgcSettings read(Resource resource, ObjectMapper mapper) {
        SettingsFile file = new SettingsFile(resource.getDescription());
        return file.settingsIn(file.parse(resource, mapper));
    }

    private JsonNode parse(Resource resource, ObjectMapper mapper) {
        try (InputStream in = resource.getInputStream()) {
            JsonNode root = mapper.readTree(in);
            if (root == null || !root.isObject()) {
                throw new IllegalStateException("Settings file " + source + " must hold a JSON object");
            }
            return root;
        } catch (FileNotFoundException e) {
            throw new IllegalStateException("Settings file " + source + " not found", e);
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new IllegalStateException(
                    "Settings file " + source + " is not valid JSON" + line + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("Settings file " + source + " cannot be read: " + e.getMessage(), e);
        }
    }

    private IgcSettings settingsIn(JsonNode root) {
        IgcSettings defaults = IgcSettings.defaults();
        JsonNode idRules = root.path(AUTOMATIC_ID_RULES);
        if (!absent(idRules) && !idRules.isObject()) {
            throw invalid(AUTOMATIC_ID_RULES, "must be a JSON object", idRules);
        }
        String inIdRules = AUTOMATIC_ID_RULES + ".";
        return new IgcSettings(
                flag(idRules, inIdRules, AUTO_GENERATE, defaults.autoGenerate()),
                rule(idRules, inIdRules, defaults.rule()),
                flag(idRules, inIdRules, UPDATE_ID_PHONE_NUMBER, defaults.updateIdOnPhoneChange()),
                flag(root, "", GROUP_NUMBERS_USE_CC_CLI, defaults.groupNumbersUseCcCli()),
                flag(root, "", RETURN_ACTIVE_STATUS, defaults.returnActiveStatus()));
    }

    private boolean flag(JsonNode parent, String parentPath, String key, boolean fallback) {
        JsonNode value = parent.path(key);
        if (absent(value)) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw invalid(parentPath + key, "must be true or false", value);
        }
        return value.booleanValue();
    }

    private ServiceUserIdRule rule(JsonNode idRules, String parentPath, ServiceUserIdRule fallback) {
        JsonNode value = idRules.path(RULE);
        String path = parentPath + RULE;
        if (absent(value)) {
            return fallback;
        }
        if (!value.isTextual()) {
            throw invalid(path, "must be a string", value);
        }
        try {
            return ServiceUserIdRule.parse(value.textValue());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Settings file " + source + ": " + path + ": " + e.getMessage(), e);
        }
    }

    private static boolean absent(JsonNode value) {
        return value.isMissingNode() || value.isNull();
    }

    private IllegalStateException invalid(String path, String expectation, JsonNode found) {
        return new IllegalStateException(
                "Settings file " + source + ": " + path + " " + expectation + ", found " + found);
    }
}
