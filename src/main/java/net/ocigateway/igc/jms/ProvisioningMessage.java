package net.ocigateway.igc.jms;

import jakarta.jms.Destination;
import java.util.List;
import net.ocigateway.igc.api.ApiError;

/**
 * One request message as read off the queue (API.md §8), with where its result must go.
 *
 * @param requestId the sender's ID, echoed in the result and the key of idempotency; null if the message has none
 * @param operation the {@code operation} field as sent, echoed in the result
 * @param tenantId the tenant, as in the REST path
 * @param groupId the group, as in the REST path
 * @param serviceUserId the instance, for operations that address one
 * @param body the {@code body} field as JSON text, or null when absent
 * @param correlationId the JMSCorrelationID of the request, else its JMSMessageID
 * @param replyTo the request's JMSReplyTo, or null for the results queue
 * @param errors what is wrong with the envelope itself; empty when it can run
 */
public record ProvisioningMessage(
        String requestId,
        String operation,
        String tenantId,
        String groupId,
        String serviceUserId,
        String body,
        String correlationId,
        Destination replyTo,
        List<ApiError> errors) {

    /** The exchange property that carries it. */
    public static final String PROPERTY = "igcJmsRequest";

    /** True when the envelope is complete and the operation can run. */
    public boolean runnable() {
        return errors.isEmpty();
    }

    /** The operation to run; only for a {@link #runnable()} message. */
    public Operation resolvedOperation() {
        return Operation.byWireName(operation).orElseThrow();
    }
}
