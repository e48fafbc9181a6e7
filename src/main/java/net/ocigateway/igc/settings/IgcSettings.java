package net.ocigateway.igc.settings;

/**
 * The APIO settings the gateway honours, read once at start-up from {@code settings.json}.
 *
 * @param autoGenerate {@code SUID_INSTANT_GROUP_CALL_AUTO_GENERATE}: generate a missing serviceUserId on POST
 * @param rule {@code SUID_INSTANT_GROUP_CALL_RULE}: how to generate it
 * @param updateIdOnPhoneChange {@code SERVICE_USERS_UPDATE_ID_PHONE_NUMBER}: rename on a phone number change
 *     when the rule uses a phone placeholder
 * @param groupNumbersUseCcCli {@code GROUP_NUMBERS_USE_CC_CLI}: read national list numbers in the country of the
 *     group's CLI number
 * @param returnActiveStatus {@code SERVICE_USERS_RETURN_ACTIVE_STATUS}: include {@code active} in instance answers
 */
public record IgcSettings(
        boolean autoGenerate,
        ServiceUserIdRule rule,
        boolean updateIdOnPhoneChange,
        boolean groupNumbersUseCcCli,
        boolean returnActiveStatus) {

    public static final String DEFAULT_RULE = "{{group_id}}_igc{{RND_4}}@{{domain}}";

    public IgcSettings {
        if (rule == null) {
            throw new IllegalArgumentException("a service user ID rule is required");
        }
    }

    /** APIO's defaults, which apply to every key a settings file leaves out. */
    public static IgcSettings defaults() {
        return new IgcSettings(false, ServiceUserIdRule.parse(DEFAULT_RULE), false, false, false);
    }
}
