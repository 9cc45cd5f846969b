package io.techpool.investor;

import io.techpool.achievement.AchievementKinds.TransferMode;
import io.techpool.pool.PoolQuery;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** The records of investor profiles at the API boundary. */
final class InvestorProfile {

    private InvestorProfile() {}

    /** What an investor sets of their own profile; name, e-mail and organization come from the token. */
    record Edit(
            @NotNull @Size(max = 30)
            List<
                            @NotNull
                            @Pattern(
                                    regexp = PoolQuery.SECTION + "|" + PoolQuery.DIVISION,
                                    message = "{sectionOrDivisionCode}")
                            String>
                    industries,

            @NotNull @Min(1) @Max(9) Integer trlMin,
            @NotNull @Min(1) @Max(9) Integer trlMax,

            @DecimalMin("0") @Digits(integer = 14, fraction = 2)
            BigDecimal ticketMin,

            @DecimalMin("0") @Digits(integer = 14, fraction = 2)
            BigDecimal ticketMax,

            @Size(max = 6) List<@NotNull TransferMode> transferModes) {}

    /**
     * {@code email}: the token's address when the identity provider verified it, else null; {@code emailVerified}
     * says which, since without a verified address no alert is mailed and no address is revealed to an owner.
     */
    record View(
            String id,
            String username,
            String name,
            String email,
            boolean emailVerified,
            String organizationCode,
            List<String> industries,
            int trlMin,
            int trlMax,
            BigDecimal ticketMin,
            BigDecimal ticketMax,
            List<String> transferModes) {

        static View of(Investor i) {
            return new View(
                    i.id.toString(),
                    i.username,
                    i.name,
                    i.email,
                    i.email != null,
                    i.organizationCode,
                    i.industries,
                    i.trlMin,
                    i.trlMax,
                    i.ticketMin,
                    i.ticketMax,
                    i.transferModes);
        }
    }
}
