package io.techpool.organization;

import io.techpool.platform.NotBlankText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST} and {@code PUT /api/v1/organizations}; {@code code} is ignored by PUT. */
record OrganizationInput(
        @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "{organizationCodeFormat}")
        String code,

        @NotNull @Valid Name name,
        @NotNull Organization.Kind kind,

        @NotNull @Pattern(regexp = "[1-9][0-9]{5}", message = "{regionCode}")
        String region) {

    public record Name(
            @NotBlankText @Size(max = 100) String zh,
            @Size(max = 200) String en) {}
}
