package net.ocigateway.igc.provisioning;

import java.util.List;
import net.ocigateway.igc.api.Instance;
import net.ocigateway.igc.ocip.BroadWorksTimeoutException;
import net.ocigateway.igc.ocip.command.ErrorResponse;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallGetInstanceListResponse;
import net.ocigateway.igc.ocip.command.OciResponse;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a create does when the activation that follows its add fails: no half-created instance stays behind. Any
 * failure deletes the new instance again; a timeout, whose outcome is unknown, first reads the instance back, and
 * an activation that did take effect is answered as the success it was.
 */
@Component
public class CreateRollback {

    /** Exchange property: the activation's failure, until the read back shows it took effect after all. */
    static final String FAILURE = "igcActivationFailure";

    private static final Logger log = LoggerFactory.getLogger(CreateRollback.class);

    private final InstanceAnswers instanceAnswers;
    private final GroupMembership membership;

    public CreateRollback(InstanceAnswers instanceAnswers, GroupMembership membership) {
        this.instanceAnswers = instanceAnswers;
        this.membership = membership;
    }

    /** Keeps the activation's failure; answers whether its outcome is unknown, so the instance is read back. */
    public boolean activationFailed(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        exchange.setProperty(FAILURE, failure);
        return failure instanceof BroadWorksTimeoutException;
    }

    /** The read back: an instance in the requested state means the activation was applied, and nothing is undone. */
    public void readBack(Exchange exchange) {
        var request = exchange.getProperty(ProvisioningRequest.PROPERTY, ProvisioningRequest.class);
        @SuppressWarnings("unchecked")
        List<OciResponse> answer = exchange.getMessage().getBody(List.class);
        Boolean active = answer.stream()
                .filter(GroupInstantGroupCallGetInstanceListResponse.class::isInstance)
                .map(GroupInstantGroupCallGetInstanceListResponse.class::cast)
                .flatMap(list -> list.instantGroupCallTable().rowsByHeading().stream())
                .filter(row -> request.serviceUserId().equals(row.get(GroupMembership.SERVICE_USER_ID)))
                .map(row -> Boolean.parseBoolean(row.get("Is Active")))
                .findFirst()
                .orElse(null);
        if (request.instance().active().equals(active)) {
            log.info("The activation of {} timed out but took effect; the create stands", request.serviceUserId());
            Instance instance = instanceAnswers.instance(request, answer);
            exchange.removeProperty(FAILURE);
            exchange.getMessage().setBody(instance);
        }
    }

    /** Whether the new instance must be deleted again. */
    public boolean undoNeeded(Exchange exchange) {
        return exchange.getProperty(FAILURE) != null;
    }

    public void readBackFailed(Exchange exchange) {
        var request = exchange.getProperty(ProvisioningRequest.PROPERTY, ProvisioningRequest.class);
        log.warn("Could not read {} back after its activation timed out; deleting it: {}", request.serviceUserId(),
                exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getMessage());
    }

    public void rolledBack(Exchange exchange) {
        var request = exchange.getProperty(ProvisioningRequest.PROPERTY, ProvisioningRequest.class);
        @SuppressWarnings("unchecked")
        List<OciResponse> answer = exchange.getMessage().getBody(List.class);
        if (answer.get(0) instanceof ErrorResponse error) {
            log.error("Could not delete {} after its activation failed: {}", request.serviceUserId(),
                    error.summaryEnglish());
        } else {
            log.info("Deleted {} again after its activation failed", request.serviceUserId());
        }
        membership.forget(request.serviceUserId());
    }

    public void rollBackFailed(Exchange exchange) {
        var request = exchange.getProperty(ProvisioningRequest.PROPERTY, ProvisioningRequest.class);
        log.error("Could not delete {} after its activation failed; it is left inactive: {}",
                request.serviceUserId(), exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getMessage());
    }

    /** Answers the activation's failure, unless the read back found it applied. */
    public void answerFailure(Exchange exchange) throws Exception {
        Exception failure = exchange.getProperty(FAILURE, Exception.class);
        if (failure != null) {
            throw failure;
        }
    }
}
