package net.ocigateway.igc.provisioning;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.List;
import net.ocigateway.igc.api.ApiError;
import net.ocigateway.igc.api.ApiException;
import net.ocigateway.igc.api.ErrorCode;
import net.ocigateway.igc.ocip.BroadWorksException;
import net.ocigateway.igc.ocip.BroadWorksOverloadedException;
import net.ocigateway.igc.ocip.BroadWorksTimeoutException;
import net.ocigateway.igc.settings.MissingRuleValueException;
import net.ocigateway.igc.settings.TemplateNotFoundException;
import org.apache.camel.Exchange;
import org.apache.camel.component.bean.validator.BeanValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns whatever stopped an operation into the §3 error list. This is the only place that decides an
 * error's status, so REST and JMS answer the same failure the same way.
 */
@Component
public class ErrorAnswers {

    private static final Logger log = LoggerFactory.getLogger(ErrorAnswers.class);

    private final BroadWorksErrors broadWorksErrors;

    public ErrorAnswers(BroadWorksErrors broadWorksErrors) {
        this.broadWorksErrors = broadWorksErrors;
    }

    /**
     * The errors for the exception the exchange caught. BroadWorks' "not found" reads exactly as the gateway's own
     * membership refusal, so an instance of another group cannot be told from one that does not exist.
     */
    public List<ApiError> errorsOf(Exchange exchange) {
        Exception caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        var request = exchange.getProperty(ProvisioningRequest.PROPERTY, ProvisioningRequest.class);
        List<ApiError> errors;
        if (request != null && caught instanceof BroadWorksRejectedException rejected
                && broadWorksErrors.isNotFound(rejected.error())) {
            log.info("BroadWorks answered not found: {}", rejected.getMessage());
            errors = (request.pathNamesInstance() ? GroupMembership.notInGroup(request)
                    : new ApiException(ErrorCode.NOT_FOUND, "group " + request.tenantId() + "/" + request.groupId()
                            + " not found")).errors();
        } else {
            errors = errorsOf(caught);
        }
        return request == null ? errors : errors.stream().map(request::withWhatWasApplied).toList();
    }

    public List<ApiError> errorsOf(Throwable caught) {
        if (caught instanceof ApiException api) {
            log.debug("Rejected: {}", api.getMessage());
            return api.errors();
        }
        if (caught instanceof BeanValidationException invalid) {
            return invalid.getConstraintViolations().stream()
                    .sorted(Comparator.comparing(ErrorAnswers::isMissing).reversed()
                            .thenComparing(violation -> violation.getPropertyPath().toString()))
                    .map(violation -> ApiError.ofField(ErrorCode.VALIDATION_ERROR,
                            violation.getPropertyPath().toString(), violation.getMessage()))
                    .toList();
        }
        if (caught instanceof TemplateNotFoundException template) {
            return List.of(ApiError.ofField(ErrorCode.TEMPLATE_NOT_FOUND, "templateName",
                    "no template named " + template.templateName()));
        }
        if (caught instanceof MissingRuleValueException missing) {
            return List.of(ApiError.ofField(ErrorCode.VALIDATION_ERROR, missing.field(), missing.getMessage()));
        }
        if (caught instanceof BroadWorksRejectedException rejected) {
            log.info("BroadWorks rejected the request: {}", rejected.getMessage());
            return broadWorksErrors.toApiErrors(rejected.error());
        }
        if (caught instanceof BroadWorksException backend) {
            // The detail names hosts, the administrator, SOAP faults and parser messages: the log's, not the caller's.
            log.warn("BroadWorks failed: {}", backend.getMessage());
            if (backend instanceof BroadWorksOverloadedException) {
                return List.of(ApiError.of(ErrorCode.OVERLOADED, backend.getMessage()));
            }
            return List.of(backend instanceof BroadWorksTimeoutException
                    ? ApiError.of(ErrorCode.BACKEND_TIMEOUT, "BroadWorks did not answer in time")
                    : ApiError.of(ErrorCode.BACKEND_UNAVAILABLE, "BroadWorks is unavailable"));
        }
        log.error("Unexpected failure", caught);
        return List.of(ApiError.of(ErrorCode.INTERNAL_ERROR, "internal error"));
    }

    private static boolean isMissing(ConstraintViolation<?> violation) {
        Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        return constraint == NotNull.class || constraint == NotEmpty.class;
    }
}
