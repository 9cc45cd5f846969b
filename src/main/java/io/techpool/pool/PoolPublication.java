package io.techpool.pool;

import io.techpool.achievement.AchievementInput;
import io.techpool.achievement.AchievementService;
import io.techpool.achievement.AchievementView;
import io.techpool.organization.OrganizationService;
import io.techpool.organization.OrganizationView;
import io.techpool.scoring.RankedAchievement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Turns a published round's selected achievements into pool entries (indexed through the outbox). */
@ApplicationScoped
public class PoolPublication {

    @Inject
    PoolEntryRepository entries;

    @Inject
    AchievementService achievements;

    @Inject
    OrganizationService organizations;

    /** Part of the publishing transaction: all entries or none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enter(UUID roundId, List<RankedAchievement> pool, OffsetDateTime publishedAt) {
        for (RankedAchievement ranked : pool) {
            AchievementView a = achievements.reviewerView(UUID.fromString(ranked.achievementId()));
            OrganizationView org = organizations.get(a.organizationCode());
            PoolEntry entry = new PoolEntry();
            entry.id = UUID.fromString(a.id());
            entry.roundId = roundId;
            entry.organizationCode = org.code();
            entry.organizationNameZh = org.name().zh();
            entry.organizationNameEn = org.name().en();
            entry.region = org.region();
            entry.titleZh = a.title().zh();
            entry.titleEn = a.title().en();
            entry.summaryZh = a.summary().zh();
            entry.summaryEn = a.summary().en();
            entry.keywords = a.keywords();
            entry.ipTitles =
                    a.ipRights().stream().map(AchievementInput.IpRight::title).toList();
            entry.ipKinds = a.ipRights().stream()
                    .map(ip -> ip.kind().name())
                    .distinct()
                    .sorted()
                    .toList();
            entry.transferModes = a.transferModes().stream().map(Enum::name).toList();
            entry.level = a.level().name();
            entry.trl = a.trl();
            entry.section = ranked.section();
            entry.division = ranked.industryCode();
            entry.composite = ranked.composite();
            entry.marketPotential = ranked.aggregates().get("market_potential");
            entry.economicValue = ranked.aggregates().get("economic_value");
            entry.technicalContent = ranked.aggregates().get("technical_content");
            entry.percentile = ranked.percentile();
            entry.industryRank = ranked.industryRank();
            entry.publishedAt = publishedAt;
            entries.persist(entry);
        }
    }
}
