package net.ocigateway.igc.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceInstanceProfile(
        @NotNull(groups = OnCreate.class) @OciToken(max = 30) String name,
        @NotNull(groups = OnCreate.class) @OciToken(max = 30) String cliLastName,
        @NotNull(groups = OnCreate.class) @OciToken(max = 30) String cliFirstName,
        @OciToken(max = 30) String hiraganaLastName,
        @OciToken(max = 30) String hiraganaFirstName,
        @PhoneNumberText String phoneNumber,
        @Pattern(regexp = "\\d{2,20}", message = "must be 2 to 20 digits") String extension,
        @OciToken(max = 60) @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String password,
        @Valid Department department,
        @OciToken(max = 40) String language,
        @OciToken(max = 127) String timeZone,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) String timeZoneDisplayName,
        @Size(max = 3) List<@NotNull @SipUri String> aliases,
        @SipUri String publicUserIdentity,
        @PhoneNumberText String cliPhoneNumber) {}
