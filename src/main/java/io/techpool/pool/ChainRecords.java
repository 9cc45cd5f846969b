package io.techpool.pool;

import io.techpool.achievement.AchievementInput;
import io.techpool.platform.Bilingual;
import java.math.BigDecimal;
import java.util.List;

/** The records of the chain API. None of them has a place for contact details. */
public final class ChainRecords {

    private ChainRecords() {}

    /** A chain's keywords in both languages. */
    public record Keywords(List<String> zh, List<String> en) {}

    /** A key industry chain as configured, with the number of pool entries serving it. */
    public record ChainView(
            String id,
            Bilingual name,
            List<String> divisions,
            List<String> coreDivisions,
            Keywords keywords,
            long entries) {}

    /**
     * One line of an investment-opportunity list (投资机会清单): what a promotion office sends investors about a
     * pool entry. {@code rank} is its place in the chain by composite; {@code askingPrice} null means on request.
     */
    public record Opportunity(
            int rank,
            String id,
            Bilingual title,
            Bilingual summary,
            PoolRecords.Organization organization,
            String industryCode,
            String industryName,
            int trl,
            List<String> transferModes,
            BigDecimal askingPrice,
            List<AchievementInput.IpRight> ipRights,
            BigDecimal composite,
            String url) {}

    /** One page of a chain's opportunity list. */
    public record Opportunities(ChainView chain, List<Opportunity> items, int page, int size, long total) {}
}
