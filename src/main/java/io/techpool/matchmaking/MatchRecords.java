package io.techpool.matchmaking;

import io.techpool.achievement.AchievementKinds.TransferMode;
import io.techpool.investor.InvestorPreferences;
import io.techpool.platform.Bilingual;
import io.techpool.platform.NotBlankText;
import io.techpool.platform.OneOf;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** What the matchmaking API reads and answers. Texts are plain strings, never markup. */
final class MatchRecords {

    private MatchRecords() {}

    /**
     * {@code source}: where the investor started the request (OTHER when not said); {@code sourceEventId} the
     * promotion event it was started from, only with source EVENT.
     */
    public record CreateRequest(
            @NotBlankText @Size(max = 2000) String message,
            @OneOf(TransferMode.class) String transferMode,

            @DecimalMin("0") @Digits(integer = 14, fraction = 2)
            BigDecimal budgetMin,

            @DecimalMin("0") @Digits(integer = 14, fraction = 2)
            BigDecimal budgetMax,

            MatchSource source,
            @Size(max = 36) String sourceEventId) {}

    public record Decline(@Size(max = 1000) String reason) {}

    public record NewMessage(@NotBlankText @Size(max = 2000) String text) {}

    public record StatusChange(
            @NotNull MatchStatus status,

            @DecimalMin("0") @Digits(integer = 14, fraction = 2)
            BigDecimal dealValue,

            @OneOf(TransferMode.class) String transferMode) {}

    public record Contact(String name, String phone, String email) {}

    /**
     * A request in a list. {@code unread}: for the owner organization, it has not opened the request yet; for the
     * investor, the team wrote or answered since they last opened it; null for operators.
     */
    public record Summary(
            String id,
            String entryId,
            Bilingual title,
            String ownerOrganization,
            String investorOrganization,
            MatchStatus status,
            String transferMode,
            BigDecimal budgetMin,
            BigDecimal budgetMax,
            OffsetDateTime createdAt,
            Boolean unread) {}

    /**
     * One request with its history and thread. {@code investorProfile} is what the investor looks for
     * (their profile's preferences, no contact details), for the owner and operators. {@code contact} (the team's, for the investor) and
     * {@code investorContact} (for the owner) are null until the request is accepted.
     */
    public record Detail(
            String id,
            String entryId,
            Bilingual title,
            String ownerOrganization,
            String investorOrganization,
            InvestorPreferences.Preferences investorProfile,
            String message,
            String transferMode,
            BigDecimal budgetMin,
            BigDecimal budgetMax,
            MatchStatus status,
            List<MatchStatus> next,
            String declineReason,
            BigDecimal dealValue,
            String dealTransferMode,
            OffsetDateTime createdAt,
            OffsetDateTime acceptedAt,
            Contact contact,
            Contact investorContact,
            List<Step> history,
            List<Message> messages) {}

    public record Step(MatchStatus from, MatchStatus to, Side side, OffsetDateTime at) {}

    public record Message(Side side, String text, OffsetDateTime sentAt) {}

    /** The operator's funnel: counts per status, section and round; median time to acceptance; conversion. */
    public record Funnel(
            long total,
            Map<MatchStatus, Long> byStatus,
            Map<String, Long> bySection,
            Map<String, Long> byRound,
            Double medianHoursToAcceptance,
            double conversionRate,
            Map<MatchSource, SourceFigures> bySource,
            Map<String, SourceFigures> byEvent) {}

    /** Requests started from one source (or one event), and how many of them ended in a signed deal. */
    public record SourceFigures(long requests, long deals) {}
}
