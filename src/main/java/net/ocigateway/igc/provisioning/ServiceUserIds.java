package net.ocigateway.igc.provisioning;

import java.util.List;
import net.ocigateway.igc.api.ApiException;
import net.ocigateway.igc.api.Instance;
import net.ocigateway.igc.settings.E164Number;
import net.ocigateway.igc.settings.IdContext;
import net.ocigateway.igc.settings.IgcSettings;
import net.ocigateway.igc.settings.InvalidPhoneNumberException;
import net.ocigateway.igc.settings.MissingRuleValueException;
import net.ocigateway.igc.settings.PhoneNumbers;
import net.ocigateway.igc.settings.ServiceUserIdRule;
import net.ocigateway.igc.ocip.command.ErrorResponse;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallGetInstanceResponse19sp1;
import net.ocigateway.igc.ocip.command.OciResponse;
import org.apache.camel.Body;
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
     * Whether a PUT may rename the instance (SERVICE_USERS_UPDATE_ID_PHONE_NUMBER): it sets a new phone number and
     * the settings rule is built on the number without random digits. Whether it does depends on the current ID.
     */
    public boolean renameMayApply(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request) {
        Instance instance = request.instance();
        boolean phoneSet = instance.serviceInstanceProfile() != null
                && instance.serviceInstanceProfile().phoneNumber() != null;
        ServiceUserIdRule rule = settings.rule();
        return phoneSet && settings.updateIdOnPhoneChange() && rule.usesPhoneNumber() && !rule.usesRandom();
    }

    /**
     * Decides the rename from the instance as BroadWorks holds it: only an ID the rule made from the old number
     * follows the new one; a hand-picked ID stays as it is.
     */
    public void planRename(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request,
            @Body List<OciResponse> answer) {
        if (answer.get(0) instanceof ErrorResponse error) {
            throw new BroadWorksRejectedException(error);
        }
        var current = ((GroupInstantGroupCallGetInstanceResponse19sp1) answer.get(0)).serviceInstanceProfile();
        String oldPhone = current.phoneNumber() == null ? null
                : phoneNumbers.fromNationalAndCountryCode(current.phoneNumber(), current.countryCode());
        String madeFromOld;
        try {
            madeFromOld = generate(settings.rule(), request, current.name(), oldPhone);
        } catch (MissingRuleValueException | ApiException e) {
            return;
        }
        if (!madeFromOld.equals(request.serviceUserId())) {
            return;
        }
        var profile = request.instance().serviceInstanceProfile();
        String name = profile.name() != null ? profile.name() : current.name();
        String newId = generate(settings.rule(), request, name, profile.phoneNumber());
        if (!newId.equals(request.serviceUserId())) {
            request.renameTo(newId);
        }
    }

    /** A template puts its rule where the ID goes; a rule written by the caller is checked like one. */
    private static ServiceUserIdRule requestRule(String text) {
        try {
            return ServiceUserIdRule.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("serviceUserId", e.getMessage());
        }
    }

    private String generate(ServiceUserIdRule rule, ProvisioningRequest request, Instance instance) {
        var profile = instance.serviceInstanceProfile();
        return generate(rule, request, profile == null ? null : profile.name(),
                profile == null ? null : profile.phoneNumber());
    }

    /** Draws an ID; the group is looked up (cached) only when the rule or a national number needs it. */
    private String generate(ServiceUserIdRule rule, ProvisioningRequest request, String name, String phoneText) {
        boolean needsGroup = rule.usesDomain() || (phoneText != null && !phoneText.startsWith("+"));
        GroupProfile group = needsGroup ? groupDirectory.profile(request.tenantId(), request.groupId()) : null;
        E164Number phone;
        try {
            phone = phoneText == null ? null : phoneNumbers.parse(phoneText, group == null ? null : group.countryCode());
        } catch (InvalidPhoneNumberException e) {
            throw ApiException.invalidField("serviceInstanceProfile.phoneNumber", e.reason());
        }
        return rule.generate(new IdContext(request.tenantId(), request.groupId(),
                group == null ? null : group.defaultDomain(), name, phone));
    }
}
