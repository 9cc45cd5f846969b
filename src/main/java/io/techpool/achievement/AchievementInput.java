package io.techpool.achievement;

import io.techpool.achievement.AchievementKinds.Innovation;
import io.techpool.achievement.AchievementKinds.IpKind;
import io.techpool.achievement.AchievementKinds.Level;
import io.techpool.achievement.AchievementKinds.Stage;
import io.techpool.achievement.AchievementKinds.TransferMode;
import io.techpool.achievement.AchievementKinds.Type;
import io.techpool.platform.NotBlankText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * An achievement as its owner writes it: the body of create and replace. {@code version} is the one
 * read last; replace refuses a stale one with 409.
 */
public record AchievementInput(
        @NotNull @Valid Title title,
        @NotNull @Valid Summary summary,
        @NotNull @Size(min = 1, max = 10) List<@NotBlankText @Size(max = 40) String> keywords,
        @NotNull Type type,
        @NotBlankText String industryCode,
        @NotNull @Min(1) @Max(9) Integer trl,
        @NotNull Stage stage,
        @NotNull Innovation innovation,
        @NotNull Level level,
        @Size(max = 50) List<@NotNull @Valid IpRight> ipRights,
        @NotEmpty Set<@NotNull TransferMode> transferModes,
        @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal askingPrice,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid TeamMember> team,
        @NotNull @Valid Contact contact,
        Long version) {

    public record Title(
            @NotBlankText @Size(max = 200) String zh,
            @Size(max = 300) String en) {}

    public record Summary(
            @NotBlankText @Size(max = 4000) String zh,
            @Size(max = 8000) String en) {}

    public record IpRight(
            @NotNull IpKind kind,
            @NotBlankText @Size(max = 64) String number,
            @NotBlankText @Size(max = 200) String title) {}

    public record TeamMember(
            @NotBlankText @Size(max = 50) String name,
            @Size(max = 100) String role) {}

    public record Contact(
            @NotBlankText @Size(max = 50) String name,

            @NotBlankText @Pattern(regexp = "\\+?[0-9][0-9 -]{5,24}", message = "{phoneNumber}")
            String phone,

            @NotBlankText @Email @Size(max = 254) String email) {}

    List<IpRight> ipRightsOrEmpty() {
        return ipRights == null ? List.of() : ipRights;
    }
}
