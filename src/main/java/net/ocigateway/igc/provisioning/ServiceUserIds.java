package net.ocigateway.igc.provisioning;

import net.ocigateway.igc.api.ApiException;
import net.ocigateway.igc.api.Instance;
import net.ocigateway.igc.settings.E164Number;
import net.ocigateway.igc.settings.IdContext;
import net.ocigateway.igc.settings.IgcSettings;
import net.ocigateway.igc.settings.InvalidPhoneNumberException;
import net.ocigateway.igc.settings.PhoneNumbers;
import net.ocigateway.igc.settings.ServiceUserIdRule;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

/**
 * Chooses a new instance's service user ID (API.md §4): an explicit ID, else the template's rule, else the
 * settings rule when auto-generation is on. A random ID that BroadWorks says is taken is drawn again.
 */
@Component
public class ServiceUserIds {

    /** Exchange property: the rule the current ID was drawn from, when it was generated. */
    static final String RULE = "igcIdRule";
    /** Exchange property: how many IDs this create has tried. */
    static final String ATTEMPTS = "igcIdAttempts";
    /** Exchange property: whether the create loop should try once more with a new ID. */
    public static final String RETRY = "igcRetryCreate";

    static final int MAX_ATTEMPTS = 5;

    private final IgcSettings settings;
    private final PhoneNumbers phoneNumbers;
    private final GroupDirectory groupDirectory;

    public ServiceUserIds(IgcSettings settings, PhoneNumbers phoneNumbers, GroupDirectory groupDirectory) {
        this.settings = settings;
        this.phoneNumbers = phoneNumbers;
        this.groupDirectory = groupDirectory;
    }

    /** Puts the ID to try next on the request. */
    public void assign(Exchange exchange) {
        var request = exchange.getProperty(ProvisioningRequest.PROPERTY, ProvisioningRequest.class);
        exchange.setProperty(ATTEMPTS, exchange.getProperty(ATTEMPTS, 0, Integer.class) + 1);
        String explicit = request.instance().serviceUserId();
        if (explicit != null && !ServiceUserIdRule.isRule(explicit)) {
            request.serviceUserId(explicit);
            return;
        }
        ServiceUserIdRule rule = explicit != null ? requestRule(explicit)
                : settings.autoGenerate() ? settings.rule() : null;
        if (rule == null) {
            throw ApiException.invalidField("serviceUserId", "serviceUserId is required");
        }
        exchange.setProperty(RULE, rule);
        request.serviceUserId(generate(rule, request, request.instance()));
    }

    /** Whether a create whose ID was taken may try again with a freshly drawn one. */
    public boolean mayRetry(Exchange exchange) {
        ServiceUserIdRule rule = exchange.getProperty(RULE, ServiceUserIdRule.class);
        return rule != null && rule.usesRandom() && exchange.getProperty(ATTEMPTS, 0, Integer.class) < MAX_ATTEMPTS;
    }

    /**
     * The ID a PUT renames the instance to when its phone number changes and the settings rule is built on the
     * phone number (SERVICE_USERS_UPDATE_ID_PHONE_NUMBER); {@code null} when no rename applies.
     */
    public String renamedForPhoneChange(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request) {
        Instance instance = request.instance();
        boolean phoneChanged = instance.serviceInstanceProfile() != null
                && instance.serviceInstanceProfile().phoneNumber() != null;
        if (!phoneChanged || !settings.updateIdOnPhoneChange() || !settings.rule().usesPhoneNumber()) {
            return null;
        }
        return generate(settings.rule(), request, instance);
    }

    /** A template puts its rule where the ID goes; a rule written by the caller is checked like one. */
    private static ServiceUserIdRule requestRule(String text) {
        try {
            return ServiceUserIdRule.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("serviceUserId", e.getMessage());
        }
    }

    /** Draws an ID; the group is looked up (cached) only when the rule or a national number needs it. */
    private String generate(ServiceUserIdRule rule, ProvisioningRequest request, Instance instance) {
        var profile = instance.serviceInstanceProfile();
        String phoneText = profile == null ? null : profile.phoneNumber();
        boolean needsGroup = rule.usesDomain() || (phoneText != null && !phoneText.startsWith("+"));
        GroupProfile group = needsGroup ? groupDirectory.profile(request.tenantId(), request.groupId()) : null;
        E164Number phone;
        try {
            phone = phoneText == null ? null : phoneNumbers.parse(phoneText, group == null ? null : group.countryCode());
        } catch (InvalidPhoneNumberException e) {
            throw ApiException.invalidField("serviceInstanceProfile.phoneNumber", e.reason());
        }
        return rule.generate(new IdContext(request.tenantId(), request.groupId(),
                group == null ? null : group.defaultDomain(), profile == null ? null : profile.name(), phone));
    }
}
