package net.ocigateway.igc.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraints.UniqueElements;

/** An Instant Group Call instance: the body of POST and PUT and the answer of GET, POST and PUT. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Instance(
        @ServiceUserId String serviceUserId,
        @NotNull(groups = OnCreate.class) @Valid ServiceInstanceProfile serviceInstanceProfile,
        Boolean answerTimeoutEnabled,
        @Min(1) @Max(60) Integer answerTimeoutMinutes,
        @UniqueElements List<@NotNull @Destination String> destinationPhoneNumbers,
        @OciToken(max = 40) String networkClassOfService,
        Boolean active,
        @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String templateName,
        // BroadWorks' warnings about a write that succeeded: {"warnings": [{broadworksCode, summary, detail}]}.
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Map<String, Object> details) {}
