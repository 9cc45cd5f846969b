package io.techpool.pool;

import io.techpool.achievement.AchievementKinds.IpKind;
import io.techpool.achievement.AchievementKinds.Level;
import io.techpool.achievement.AchievementKinds.TransferMode;
import io.techpool.industry.ChainFile;
import io.techpool.platform.DomainException;
import io.techpool.platform.Messages;
import java.util.ArrayList;
import java.util.List;

/** What an investor asks the pool: full text, filters (all combined with AND), sort and page. */
public record PoolQuery(
        String q,
        List<String> sections,
        List<String> industries,
        Integer trlMin,
        Integer trlMax,
        List<TransferMode> transferModes,
        List<Level> levels,
        List<IpKind> ipKinds,
        List<String> regions,
        List<String> rounds,
        List<String> chains,
        Sort sort,
        int page,
        int size) {

    /** Shapes of the filter values, shared by the search's query parameters and saved searches' criteria. */
    public static final String SECTION = "[A-T]";

    public static final String DIVISION = "[0-9]{2}";

    /** A province (2 digits) or a region (6 digits) of GB/T 2260. */
    public static final String PROVINCE_OR_REGION = "[0-9]{2}|[0-9]{6}";

    /** A key industry chain's id (a slug of the chain file). */
    public static final String CHAIN = ChainFile.ID;

    public enum Sort {
        score,
        newest,
        trl
    }

    /** Cross-field rules; the single fields are checked by bean validation at the resource. */
    public PoolQuery checked() {
        List<DomainException.Invalid.Field> errors = new ArrayList<>();
        if (trlMin != null && trlMax != null && trlMin > trlMax) {
            errors.add(new DomainException.Invalid.Field("trlMin", Messages::trlMinAboveMax));
        }
        for (int i = 0; i < rounds.size(); i++) {
            try {
                java.util.UUID.fromString(rounds.get(i));
            } catch (IllegalArgumentException e) {
                errors.add(new DomainException.Invalid.Field("round[" + i + "]", Messages::notARoundId));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
        return this;
    }
}
