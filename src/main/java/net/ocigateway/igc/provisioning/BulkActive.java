package net.ocigateway.igc.provisioning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.ocigateway.igc.api.ActiveStatus;
import net.ocigateway.igc.api.ApiError;
import net.ocigateway.igc.api.ApiException;
import net.ocigateway.igc.api.BulkActiveRequest;
import net.ocigateway.igc.api.BulkActiveResult;
import net.ocigateway.igc.api.BulkActiveResults;
import net.ocigateway.igc.api.ErrorCode;
import net.ocigateway.igc.ocip.BroadWorksException;
import net.ocigateway.igc.ocip.OciClient;
import net.ocigateway.igc.ocip.command.ErrorResponse;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallModifyActiveInstanceListRequest;
import net.ocigateway.igc.ocip.command.OciRequest;
import net.ocigateway.igc.ocip.command.OciResponse;
import net.ocigateway.igc.ocip.command.ServiceActivation;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The steps of the bulk active-status update (API.md §6): every item is checked against the path's group on
 * its own, and the accepted ones travel to BroadWorks in one command. Only when BroadWorks refuses that command
 * are they sent again one command per service, to give each its own result.
 */
@Component
public class BulkActive {

    /** Exchange property: the instance IDs of the path's group. */
    static final String MEMBERS = "igcGroupMembers";
    /** Exchange property: the request's items, in order. */
    static final String ITEMS = "igcBulkItems";
    /** Exchange property: the results of the items that failed their own check. */
    static final String REJECTED = "igcBulkRejected";
    /** Exchange property: BroadWorks refused a chunk's command as a whole; its services go again one by one. */
    static final String CHUNK_REFUSED = "igcBulkChunkRefused";

    private final GroupMembership membership;
    private final OciClient ociClient;
    private final BroadWorksErrors broadWorksErrors;
    private final ErrorAnswers errorAnswers;
    private final JsonAnswers answers;
    private final int maxItems;

    public BulkActive(GroupMembership membership, OciClient ociClient, BroadWorksErrors broadWorksErrors,
            ErrorAnswers errorAnswers, JsonAnswers answers, @Value("${igc.api.max-bulk-items:1000}") int maxItems) {
        this.membership = membership;
        this.ociClient = ociClient;
        this.broadWorksErrors = broadWorksErrors;
        this.errorAnswers = errorAnswers;
        this.answers = answers;
        this.maxItems = maxItems;
    }

    /** Rejects duplicates and oversized lists, then learns the group's instances (one round trip). */
    public List<ActiveStatus> prepare(Exchange exchange, @Body BulkActiveRequest bulk) {
        List<ActiveStatus> items = bulk.services();
        if (items.size() > maxItems) {
            throw ApiException.invalidField("services", "must have at most " + maxItems + " items");
        }
        Set<String> seen = new HashSet<>();
        List<String> duplicates = items.stream().map(ActiveStatus::serviceUserId).filter(id -> !seen.add(id))
                .distinct().toList();
        if (!duplicates.isEmpty()) {
            throw ApiException.invalidField("services", "lists the same service more than once: " + duplicates);
        }
        var request = exchange.getProperty(ProvisioningRequest.PROPERTY, ProvisioningRequest.class);
        exchange.setProperty(MEMBERS, membership.membersOf(request.tenantId(), request.groupId()));
        exchange.setProperty(ITEMS, items);
        return items;
    }

    /** One item's own check: an instance outside the path's group fails with 404 and is not touched. */
    public Object checkItem(@Body ActiveStatus item, @ExchangeProperty(MEMBERS) Set<String> members) {
        if (members.contains(item.serviceUserId())) {
            return new ServiceActivation(item.serviceUserId(), item.active());
        }
        return new BulkActiveResult(item.serviceUserId(), 404, List.of(ApiError.of(ErrorCode.NOT_FOUND,
                "instant group call " + item.serviceUserId() + " not found in this group")));
    }

    /** The activations that passed their check; the rejected items' results wait on the exchange. */
    public List<ServiceActivation> accepted(Exchange exchange, @Body List<Object> checked) {
        exchange.setProperty(REJECTED, checked.stream()
                .filter(BulkActiveResult.class::isInstance).map(BulkActiveResult.class::cast).toList());
        return checked.stream().filter(ServiceActivation.class::isInstance).map(ServiceActivation.class::cast).toList();
    }

    /**
     * Sends the chunk as one command carrying every service. Answers each service's result, or leaves the chunk
     * as it was and marks it {@value #CHUNK_REFUSED} when BroadWorks answered that command with an error.
     */
    public Object sendAsOneCommand(Exchange exchange, @Body List<ServiceActivation> chunk) {
        OciResponse answer;
        try {
            answer = ociClient.send(List.of(new GroupInstantGroupCallModifyActiveInstanceListRequest(chunk))).get(0);
        } catch (BroadWorksException e) {
            return everyServiceFailed(chunk, e);
        }
        if (answer instanceof ErrorResponse) {
            exchange.setProperty(CHUNK_REFUSED, true);
            return chunk;
        }
        return chunk.stream().map(activation -> new BulkActiveResult(activation.serviceUserId(), 200, List.of())).toList();
    }

    /** The per-service documents' results, as one list. */
    public List<BulkActiveResult> joined(@Body List<List<BulkActiveResult>> batches) {
        return batches.stream().flatMap(Collection::stream).toList();
    }

    /** Sends up to 15 services as one document, one command per service, and answers each service's result. */
    public List<BulkActiveResult> sendOneCommandPerService(@Body List<ServiceActivation> batch) {
        List<OciRequest> commands = batch.stream()
                .<OciRequest>map(activation -> new GroupInstantGroupCallModifyActiveInstanceListRequest(List.of(activation)))
                .toList();
        List<OciResponse> answer;
        try {
            answer = ociClient.send(commands);
        } catch (BroadWorksException e) {
            return everyServiceFailed(batch, e);
        }
        List<BulkActiveResult> results = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            String id = batch.get(i).serviceUserId();
            results.add(answer.get(i) instanceof ErrorResponse error
                    ? new BulkActiveResult(id, broadWorksErrors.toApiError(error).httpStatus(),
                            broadWorksErrors.toApiErrors(error))
                    : new BulkActiveResult(id, 200, List.of()));
        }
        return results;
    }

    /** No OCI-P answer: every service of the document gets the same error (nothing was resent). */
    private List<BulkActiveResult> everyServiceFailed(List<ServiceActivation> services, BroadWorksException e) {
        List<ApiError> errors = errorAnswers.errorsOf(e);
        return services.stream()
                .map(activation -> new BulkActiveResult(activation.serviceUserId(), errors.get(0).httpStatus(), errors))
                .toList();
    }

    /** 200 {} when every item succeeded, else 207 with every item's result in request order. */
    public void answer(Exchange exchange, @Body List<List<BulkActiveResult>> chunks) {
        @SuppressWarnings("unchecked")
        List<BulkActiveResult> rejected = exchange.getProperty(REJECTED, List.class);
        @SuppressWarnings("unchecked")
        List<ActiveStatus> items = exchange.getProperty(ITEMS, List.class);
        Map<String, BulkActiveResult> byId = new HashMap<>(rejected.stream()
                .collect(Collectors.toMap(BulkActiveResult::serviceUserId, Function.identity())));
        chunks.stream().flatMap(Collection::stream).forEach(result -> byId.put(result.serviceUserId(), result));
        List<BulkActiveResult> results = items.stream().map(item -> byId.get(item.serviceUserId())).toList();
        if (results.stream().allMatch(result -> result.status() == 200)) {
            answers.write(exchange, 200, Map.of());
        } else {
            answers.write(exchange, 207, new BulkActiveResults(results));
        }
    }
}
