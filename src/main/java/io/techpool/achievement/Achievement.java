package io.techpool.achievement;

import io.techpool.achievement.AchievementKinds.ChainSource;
import io.techpool.achievement.AchievementKinds.Innovation;
import io.techpool.achievement.AchievementKinds.Level;
import io.techpool.achievement.AchievementKinds.Stage;
import io.techpool.achievement.AchievementKinds.Status;
import io.techpool.achievement.AchievementKinds.TransferMode;
import io.techpool.achievement.AchievementKinds.Type;
import io.techpool.platform.search.SearchAnalysis;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.type.SqlTypes;

/** A registered research achievement (科技成果), the unit everything works on. */
@Entity
@Table(name = "achievement")
@Indexed(index = "achievement")
class Achievement {

    @Id
    UUID id;

    @Version
    long version;

    @KeywordField
    String organizationCode;

    @KeywordField
    @Enumerated(EnumType.STRING)
    Status status;

    @FullTextField(analyzer = SearchAnalysis.TEXT)
    String titleZh;

    @FullTextField(analyzer = SearchAnalysis.TEXT)
    String titleEn;

    @FullTextField(analyzer = SearchAnalysis.TEXT)
    String summaryZh;

    @FullTextField(analyzer = SearchAnalysis.TEXT)
    String summaryEn;

    @FullTextField(analyzer = SearchAnalysis.TEXT)
    @JdbcTypeCode(SqlTypes.JSON)
    List<String> keywords;

    @Enumerated(EnumType.STRING)
    Type type;

    @KeywordField
    String industryCode;

    @GenericField
    int trl;

    @Enumerated(EnumType.STRING)
    Stage stage;

    @Enumerated(EnumType.STRING)
    Innovation innovation;

    @Enumerated(EnumType.STRING)
    Level level;

    @JdbcTypeCode(SqlTypes.JSON)
    List<AchievementInput.IpRight> ipRights;

    @JdbcTypeCode(SqlTypes.JSON)
    List<TransferMode> transferModes;

    BigDecimal askingPrice;

    @JdbcTypeCode(SqlTypes.JSON)
    List<AchievementInput.TeamMember> team;

    @JdbcTypeCode(SqlTypes.JSON)
    AchievementInput.Contact contact;

    String registrationNumber;

    /** The key industry chains it serves (chain ids, in the chain file's order); empty until tagged. */
    @JdbcTypeCode(SqlTypes.JSON)
    List<String> chains = List.of();

    /** Null while untagged (a draft), else who set {@link #chains}. */
    @Enumerated(EnumType.STRING)
    ChainSource chainsSource;

    /** The chain file's digest the tags were made or last checked under. */
    String chainsDigest;

    /** The review round it was taken into; null until a round closes registration. */
    UUID roundId;

    /** The NOT_SELECTED achievement this draft revises. */
    UUID previousId;

    OffsetDateTime submittedAt;

    OffsetDateTime createdAt;

    OffsetDateTime updatedAt;

    protected Achievement() {}

    Achievement(String organizationCode, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.organizationCode = organizationCode;
        this.status = Status.DRAFT;
        this.createdAt = now;
    }

    void describe(AchievementInput in, OffsetDateTime now) {
        titleZh = in.title().zh();
        titleEn = blankToNull(in.title().en());
        summaryZh = in.summary().zh();
        summaryEn = blankToNull(in.summary().en());
        keywords = List.copyOf(in.keywords());
        type = in.type();
        industryCode = in.industryCode();
        trl = in.trl();
        stage = in.stage();
        innovation = in.innovation();
        level = in.level();
        ipRights = List.copyOf(in.ipRightsOrEmpty());
        transferModes = in.transferModes().stream().sorted().toList();
        askingPrice = in.askingPrice();
        team = List.copyOf(in.team());
        contact = in.contact();
        updatedAt = now;
    }

    /** A new draft with this one's content, to improve and register again. */
    Achievement revision(OffsetDateTime now) {
        Achievement draft = new Achievement(organizationCode, now);
        draft.previousId = id;
        draft.titleZh = titleZh;
        draft.titleEn = titleEn;
        draft.summaryZh = summaryZh;
        draft.summaryEn = summaryEn;
        draft.keywords = keywords;
        draft.type = type;
        draft.industryCode = industryCode;
        draft.trl = trl;
        draft.stage = stage;
        draft.innovation = innovation;
        draft.level = level;
        draft.ipRights = ipRights;
        draft.transferModes = transferModes;
        draft.askingPrice = askingPrice;
        draft.team = team;
        draft.contact = contact;
        draft.updatedAt = now;
        return draft;
    }

    void submit(String registrationNumber, OffsetDateTime now) {
        this.status = Status.SUBMITTED;
        this.registrationNumber = registrationNumber;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /** Sets the chain tags; answers whether the list changed. */
    boolean tagChains(List<String> tags, ChainSource source, String digest) {
        boolean changed = !tags.equals(chains);
        this.chains = List.copyOf(tags);
        this.chainsSource = source;
        this.chainsDigest = digest;
        return changed;
    }

    void takeInto(UUID round, OffsetDateTime now) {
        this.status = Status.UNDER_REVIEW;
        this.roundId = round;
        this.updatedAt = now;
    }

    void conclude(boolean selected, OffsetDateTime now) {
        this.status = selected ? Status.IN_POOL : Status.NOT_SELECTED;
        this.updatedAt = now;
    }

    void withdraw(OffsetDateTime now) {
        this.status = Status.WITHDRAWN;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String organizationCode() {
        return organizationCode;
    }

    public Status status() {
        return status;
    }

    /** What the automatic chain tagging reads: titles, summaries and keywords. */
    List<String> chainTexts() {
        List<String> texts = new java.util.ArrayList<>();
        texts.add(titleZh);
        texts.add(titleEn);
        texts.add(summaryZh);
        texts.add(summaryEn);
        if (keywords != null) {
            texts.addAll(keywords);
        }
        return texts.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
