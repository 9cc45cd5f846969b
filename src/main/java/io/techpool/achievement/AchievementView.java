package io.techpool.achievement;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.techpool.achievement.AchievementInput.Contact;
import io.techpool.achievement.AchievementInput.IpRight;
import io.techpool.achievement.AchievementInput.Summary;
import io.techpool.achievement.AchievementInput.TeamMember;
import io.techpool.achievement.AchievementInput.Title;
import io.techpool.achievement.AchievementKinds.ChainSource;
import io.techpool.achievement.AchievementKinds.Innovation;
import io.techpool.achievement.AchievementKinds.Level;
import io.techpool.achievement.AchievementKinds.Stage;
import io.techpool.achievement.AchievementKinds.Status;
import io.techpool.achievement.AchievementKinds.TransferMode;
import io.techpool.achievement.AchievementKinds.Type;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An achievement as its owner organization and operators see it, contact included. {@code chains} are the key
 * industry chains it serves (tagged at submission, {@code chainsSource} AUTO, or set by an operator).
 */
public record AchievementView(
        String id,
        String organizationCode,
        Status status,
        String registrationNumber,
        String roundId,
        String previousId,
        Title title,
        Summary summary,
        List<String> keywords,
        Type type,
        String industryCode,
        String industrySection,
        List<String> chains,
        ChainSource chainsSource,
        int trl,
        Stage stage,
        Innovation innovation,
        Level level,
        List<IpRight> ipRights,
        List<TransferMode> transferModes,
        BigDecimal askingPrice,
        List<TeamMember> team,
        @JsonInclude(JsonInclude.Include.NON_NULL) Contact contact,
        OffsetDateTime submittedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) {

    /** The same without {@code contact}: what a reviewer sees. */
    public AchievementView withoutContact() {
        return new AchievementView(
                id,
                organizationCode,
                status,
                registrationNumber,
                roundId,
                previousId,
                title,
                summary,
                keywords,
                type,
                industryCode,
                industrySection,
                chains,
                chainsSource,
                trl,
                stage,
                innovation,
                level,
                ipRights,
                transferModes,
                askingPrice,
                team,
                null,
                submittedAt,
                createdAt,
                updatedAt,
                version);
    }

    static AchievementView of(Achievement a, String industrySection) {
        return new AchievementView(
                a.id.toString(),
                a.organizationCode,
                a.status,
                a.registrationNumber,
                a.roundId == null ? null : a.roundId.toString(),
                a.previousId == null ? null : a.previousId.toString(),
                new Title(a.titleZh, a.titleEn),
                new Summary(a.summaryZh, a.summaryEn),
                a.keywords,
                a.type,
                a.industryCode,
                industrySection,
                a.chains,
                a.chainsSource,
                a.trl,
                a.stage,
                a.innovation,
                a.level,
                a.ipRights,
                a.transferModes,
                a.askingPrice,
                a.team,
                a.contact,
                a.submittedAt,
                a.createdAt,
                a.updatedAt,
                a.version);
    }
}
