package io.techpool.investor;

import io.techpool.achievement.AchievementKinds.IpKind;
import io.techpool.achievement.AchievementKinds.Level;
import io.techpool.achievement.AchievementKinds.TransferMode;
import io.techpool.platform.Language;
import io.techpool.pool.PoolQuery;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An investor's saved pool query, told of new matching entries once each. */
@Entity
@Table(name = "saved_search")
class SavedSearch {

    /** The text and filters of a pool query (no sort or page: a saved search is about what matches). */
    public record Criteria(
            @Size(max = 200) String q,

            @Size(max = 21)
            List<@NotNull @Pattern(regexp = PoolQuery.SECTION, message = "{sectionLetter}") String> sections,

            @Size(max = 97)
            List<@NotNull @Pattern(regexp = PoolQuery.DIVISION, message = "{divisionCode}") String> industries,

            @Min(1) @Max(9) Integer trlMin,
            @Min(1) @Max(9) Integer trlMax,
            @Size(max = 6) List<@NotNull TransferMode> transferModes,
            @Size(max = 5) List<@NotNull Level> levels,
            @Size(max = 9) List<@NotNull IpKind> ipKinds,

            @Size(max = 50)
            List<@NotNull @Pattern(regexp = PoolQuery.PROVINCE_OR_REGION, message = "{provinceOrRegion}") String>
                    regions,

            // Key industry chains (the pool search's chain filter); absent in searches saved before it was kept.
            @Size(max = 50)
            List<@NotNull @Size(max = 40) @Pattern(regexp = PoolQuery.CHAIN, message = "{chainId}") String> chains) {

        PoolQuery query(PoolQuery.Sort sort, int page, int size) {
            return new PoolQuery(
                            q,
                            orEmpty(sections),
                            orEmpty(industries),
                            trlMin,
                            trlMax,
                            orEmpty(transferModes),
                            orEmpty(levels),
                            orEmpty(ipKinds),
                            orEmpty(regions),
                            List.of(),
                            orEmpty(chains),
                            sort,
                            page,
                            size)
                    .checked();
        }

        private static <T> List<T> orEmpty(List<T> values) {
            return values == null ? List.of() : values;
        }
    }

    @Id
    UUID id;

    /** The owner's token {@code sub}; null on searches saved before V018, which their user name owns. */
    String ownerSubject;

    /** The owner's user name, for display (and the owner of a search saved before V018). */
    String ownerUsername;

    String email;

    /** The language the search was saved in, the one its alerts speak. */
    @Enumerated(EnumType.STRING)
    Language language;

    String name;

    @JdbcTypeCode(SqlTypes.JSON)
    Criteria criteria;

    OffsetDateTime createdAt;

    boolean isOwnedBy(String subject, String username) {
        return ownerSubject != null ? ownerSubject.equals(subject) : ownerUsername.equals(username);
    }
}
