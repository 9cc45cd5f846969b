package io.techpool.pool;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.techpool.achievement.AchievementKinds;
import io.techpool.industry.IndustryCatalog;
import io.techpool.platform.Bilingual;
import io.techpool.platform.Language;
import io.techpool.platform.Messages;
import io.techpool.platform.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * How well a pool entry fits an investor's profile: a pure function (no database, no clock; its reasons'
 * words come from the message bundle).
 *
 * <p>The fit is a number from 0 to 100, the sum of
 * <ul>
 *   <li>industry: {@value #DIVISION} when the entry's division is in the profile, else {@value #SECTION} when
 *       its section letter is;
 *   <li>{@value #TRL} when the entry's TRL lies within the profile's range;
 *   <li>{@value #TRANSFER_MODE} when the entry offers at least one transfer mode the profile wants;
 *   <li>up to {@value #QUALITY} for quality: the entry's percentile in its round divided by 10.
 * </ul>
 * An entry is recommended only when it matches the industries or the TRL range. Order: fit descending, then
 * composite descending, then id ascending as text (PostgreSQL's uuid order, unlike {@link UUID#compareTo}), so
 * the same profile and pool always give the same list. {@link PoolEntryRepository#recommended} ranks the same way
 * in SQL.
 */
public final class RecommendationFit {

    static final int DIVISION = 40;
    static final int SECTION = 25;
    static final int TRL = 30;
    static final int TRANSFER_MODE = 20;
    static final int QUALITY = 10;

    /** From this percentile on, the reasons mention the entry's high composite. */
    static final BigDecimal HIGH_PERCENTILE = new BigDecimal("80");

    private static final Comparator<Scored> ORDER = Comparator.comparing(Scored::fit)
            .reversed()
            .thenComparing(s -> s.candidate().composite(), Comparator.reverseOrder())
            .thenComparing(s -> s.candidate().id().toString());

    private final IndustryCatalog industries;

    RecommendationFit(IndustryCatalog industries) {
        this.industries = industries;
    }

    /** What the fit is measured against; {@code industries} holds section letters and division codes. */
    public record Profile(Set<String> industries, int trlMin, int trlMax, Set<String> transferModes) {}

    record Candidate(
            UUID id,
            String section,
            String division,
            int trl,
            List<String> transferModes,
            BigDecimal composite,
            BigDecimal percentile) {}

    /** One reason, in both languages (JSON {@code {code, zh, en}}); {@code code} is stable for clients. */
    public record Reason(String code, @JsonUnwrapped Bilingual text) {}

    record Scored(Candidate candidate, BigDecimal fit, List<Reason> reasons) {}

    /** The recommended candidates, best first. */
    List<Scored> rank(Profile profile, List<Candidate> candidates) {
        return candidates.stream()
                .map(c -> score(profile, c))
                .filter(s -> s != null)
                .sorted(ORDER)
                .toList();
    }

    /** The candidate's fit and reasons, or null when it matches neither the industries nor the TRL range. */
    Scored score(Profile profile, Candidate c) {
        int points = 0;
        boolean relevant = false;
        List<Reason> reasons = new ArrayList<>();
        if (profile.industries().contains(c.division())) {
            points += DIVISION;
            relevant = true;
            reasons.add(industryReason("INDUSTRY_DIVISION", Messages::reasonIndustryDivision, c.division()));
        } else if (profile.industries().contains(c.section())) {
            points += SECTION;
            relevant = true;
            reasons.add(industryReason("INDUSTRY_SECTION", Messages::reasonIndustrySection, c.section()));
        }
        if (c.trl() >= profile.trlMin() && c.trl() <= profile.trlMax()) {
            points += TRL;
            relevant = true;
            reasons.add(new Reason(
                    "TRL_IN_RANGE", both(m -> m.reasonTrlInRange(c.trl(), profile.trlMin(), profile.trlMax()))));
        }
        if (!relevant) {
            return null;
        }
        List<String> modes = c.transferModes().stream()
                .filter(profile.transferModes()::contains)
                .sorted()
                .toList();
        if (!modes.isEmpty()) {
            points += TRANSFER_MODE;
            reasons.add(new Reason(
                    "TRANSFER_MODE",
                    both(m -> m.reasonTransferMode(modes.stream()
                            .map(mode -> AchievementKinds.label(AchievementKinds.TransferMode.valueOf(mode))
                                    .in(m))
                            .toList()))));
        }
        BigDecimal quality = c.percentile().divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
        if (c.percentile().compareTo(HIGH_PERCENTILE) >= 0) {
            String composite = c.composite().setScale(2, RoundingMode.HALF_UP).toPlainString();
            String percentile = c.percentile().setScale(2, RoundingMode.HALF_UP).toPlainString();
            reasons.add(new Reason("HIGH_COMPOSITE", both(m -> m.reasonHighComposite(composite, percentile))));
        }
        return new Scored(c, BigDecimal.valueOf(points).add(quality), List.copyOf(reasons));
    }

    private Reason industryReason(String code, IndustryWords words, String industryCode) {
        Bilingual name = industries
                .division(industryCode)
                .or(() -> industries.section(industryCode))
                .map(i -> new Bilingual(i.nameZh(), i.nameEn()))
                .orElse(new Bilingual(industryCode, industryCode));
        return new Reason(
                code,
                new Bilingual(
                        words.say(Language.ZH.messages(), name.zh(), industryCode),
                        words.say(Language.EN.messages(), name.en(), industryCode)));
    }

    /** A bundle message naming an industry and its code. */
    private interface IndustryWords {
        String say(Messages messages, String name, String code);
    }

    /** The reason in both languages: the answer carries both, as titles do. */
    private static Bilingual both(Text text) {
        return new Bilingual(text.in(Language.ZH), text.in(Language.EN));
    }
}
