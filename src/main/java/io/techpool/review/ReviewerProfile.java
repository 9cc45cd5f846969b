package io.techpool.review;

import io.techpool.platform.NotBlankText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The records of reviewer profiles at the API boundary. */
final class ReviewerProfile {

    private ReviewerProfile() {}

    /** Declared conflicts of interest: whole organizations, or single achievements. */
    record Conflicts(
            @Size(max = 50) List<@NotBlankText @Size(max = 32) String> organizations,
            @Size(max = 200) List<@NotNull UUID> achievements) {

        static Conflicts none() {
            return new Conflicts(List.of(), List.of());
        }
    }

    /** What a reviewer edits of their own profile; the organization is the token's when it has one. */
    record Edit(
            @Size(max = 100) String name,
            @Email @Size(max = 254) String email,
            @Size(max = 32) String organizationCode,

            @NotNull @Size(max = 20)
            List<@NotNull @Pattern(regexp = "[0-9]{2}", message = "{divisionCode}") String> expertise,

            @Valid Conflicts conflicts) {}

    /** An expert the operator registers before their first login. */
    record Registration(
            @NotBlankText @Size(max = 100) String username,
            @NotBlankText @Size(max = 100) String name,
            @Email @Size(max = 254) String email,
            @Size(max = 32) String organizationCode,

            @NotNull @Size(max = 20)
            List<@NotNull @Pattern(regexp = "[0-9]{2}", message = "{divisionCode}") String> expertise) {}

    record View(
            String id,
            String username,
            String name,
            String email,
            String organizationCode,
            List<String> expertise,
            Conflicts conflicts) {

        static View of(Reviewer r) {
            return new View(
                    r.id.toString(),
                    r.username,
                    r.name,
                    r.email,
                    r.organizationCode,
                    r.expertise,
                    new Conflicts(r.conflictOrganizations, r.conflictAchievements));
        }
    }
}
