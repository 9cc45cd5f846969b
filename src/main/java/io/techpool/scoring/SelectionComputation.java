package io.techpool.scoring;

import io.techpool.scoring.Aggregator.Aggregate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SCORING.md steps 1–8 as a pure function: no database, clock or randomness, and the same answer,
 * bit for bit, for the same inputs in any order. Decisions where SCORING.md is silent (precision,
 * order of the ineligible, sheets of achievements outside R, the digest) are in
 * docs/decisions/005-selection-computation.md.
 */
public final class SelectionComputation {

    private static final Comparator<ScoreSheet> SHEET_ORDER =
            Comparator.comparing(ScoreSheet::achievementId).thenComparing(ScoreSheet::reviewerId);

    private SelectionComputation() {}

    /**
     * Computes a round's ranking and pool.
     *
     * @param rules a rule set that passed {@link RuleSetParser}'s checks
     * @param registered the round's registered set R (every achievement, eligible or not); ids unique
     * @param sheets the round's submitted reviews; those of achievements outside R (e.g. withdrawn)
     *     are ignored, at most one per achievement and reviewer
     * @throws IllegalArgumentException on a rule set with reviews.required < 1 (the parser refuses it), a duplicate achievement in R, a second sheet of the same
     *     reviewer for the same achievement, or a score outside the rule set's scale
     */
    public static SelectionResult compute(RuleSet rules, List<Registered> registered, List<ScoreSheet> sheets) {
        if (rules.reviews().required() < 1) {
            throw new IllegalArgumentException("reviews.required must be at least 1");
        }
        List<Registered> achievements = new ArrayList<>(registered);
        achievements.sort(Comparator.comparing(Registered::achievementId));
        for (int i = 1; i < achievements.size(); i++) {
            if (achievements
                    .get(i)
                    .achievementId()
                    .equals(achievements.get(i - 1).achievementId())) {
                throw new IllegalArgumentException(
                        "achievement " + achievements.get(i).achievementId() + " is registered twice");
            }
        }
        Set<String> ids = new HashSet<>(achievements.size() * 2);
        for (Registered r : achievements) {
            ids.add(r.achievementId());
        }
        List<ScoreSheet> used = new ArrayList<>(sheets.size());
        for (ScoreSheet sheet : sheets) {
            if (ids.contains(sheet.achievementId())) {
                requireInScale(sheet, rules.scale());
                used.add(sheet);
            }
        }
        used.sort(SHEET_ORDER);
        for (int i = 1; i < used.size(); i++) {
            if (SHEET_ORDER.compare(used.get(i), used.get(i - 1)) == 0) {
                throw new IllegalArgumentException(
                        "reviewer " + used.get(i).reviewerId() + " has more than one sheet for achievement "
                                + used.get(i).achievementId());
            }
        }

        // Steps 1–5
        BigDecimal[][] scores = Normalizer.apply(rules.normalization(), rules.scale(), used);
        BigDecimal[] weights = new BigDecimal[RuleSet.DIMENSION_KEYS.size()];
        for (int d = 0; d < weights.length; d++) {
            weights[d] =
                    rules.dimension(RuleSet.DIMENSION_KEYS.get(d)).orElseThrow().weight();
        }
        List<Scored> scored = new ArrayList<>(achievements.size());
        int from = 0;
        for (Registered r : achievements) {
            int to = from;
            while (to < used.size() && used.get(to).achievementId().equals(r.achievementId())) {
                to++;
            }
            scored.add(score(rules, weights, r, scores, from, to));
            from = to;
        }

        // Steps 6–8
        List<Scored> ranked = Ranking.rank(scored, rules.selection().tieBreak());
        PoolSelection.Outcome outcome = PoolSelection.select(rules.selection(), ranked, achievements);
        List<Scored> selected = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            if (outcome.selected()[i]) {
                selected.add(ranked.get(i));
            }
        }
        List<Scored> poolOrder = IndustryOrder.order(selected);
        int[] industryRanks = IndustryOrder.industryRanks(poolOrder);
        Map<Scored, Integer> industryRankOf = new IdentityHashMap<>();
        for (int i = 0; i < poolOrder.size(); i++) {
            industryRankOf.put(poolOrder.get(i), industryRanks[i]);
        }

        List<RankedAchievement> ranking = new ArrayList<>(achievements.size());
        Map<Scored, RankedAchievement> entries = new IdentityHashMap<>();
        BigDecimal minComposite = rules.selection().minComposite();
        for (int i = 0; i < ranked.size(); i++) {
            Scored s = ranked.get(i);
            boolean in = outcome.selected()[i];
            RankedAchievement entry = entry(
                    s,
                    PoolSelection.reason(s, in, minComposite),
                    i + 1,
                    Ranking.percentile(i + 1, ranked.size()),
                    in,
                    industryRankOf.get(s));
            ranking.add(entry);
            entries.put(s, entry);
        }
        for (Scored s : Ranking.ineligible(scored)) {
            ranking.add(entry(s, Reason.INSUFFICIENT_REVIEWS, null, null, false, null));
        }
        List<RankedAchievement> pool = new ArrayList<>(poolOrder.size());
        for (Scored s : poolOrder) {
            pool.add(entries.get(s));
        }

        BigDecimal cutoff = null;
        Map<String, BigDecimal> cutoffBySection = new LinkedHashMap<>();
        boolean bySection = rules.selection().scope() == RuleSet.Scope.INDUSTRY_SECTION;
        if (bySection) {
            for (String section : outcome.capacityBySection().keySet()) {
                cutoffBySection.put(section, null);
            }
        }
        for (Scored s : selected) { // rank order: the last of a scope is its lowest
            if (bySection) {
                cutoffBySection.put(s.section(), s.composite());
            } else {
                cutoff = s.composite();
            }
        }
        return new SelectionResult(
                rules.id(),
                rules.version(),
                achievements.size(),
                outcome.capacity(),
                outcome.capacityBySection(),
                cutoff,
                cutoffBySection,
                ranking,
                pool,
                InputDigest.of(rules, achievements, used));
    }

    /** Steps 1–5 for one achievement, whose sheets are {@code used[from, to)} with scores {@code scores[from, to)}. */
    private static Scored score(
            RuleSet rules, BigDecimal[] weights, Registered r, BigDecimal[][] scores, int from, int to) {
        int reviews = to - from;
        boolean eligible = reviews >= rules.reviews().required();
        if (reviews == 0) {
            return new Scored(r, 0, null, null, false, eligible);
        }
        int dimensions = weights.length;
        BigDecimal[][] byDimension = new BigDecimal[dimensions][reviews];
        for (int i = 0; i < reviews; i++) {
            for (int d = 0; d < dimensions; d++) {
                byDimension[d][i] = scores[from + i][d];
            }
        }
        Aggregate[] aggregates = new Aggregate[dimensions];
        List<BigDecimal> rounded = new ArrayList<>(dimensions);
        for (int d = 0; d < dimensions; d++) {
            aggregates[d] = Aggregator.of(rules.aggregation(), byDimension[d]);
            rounded.add(aggregates[d].rounded());
        }
        return new Scored(
                r,
                reviews,
                Collections.unmodifiableList(rounded),
                Composite.of(weights, aggregates),
                Disagreement.flags(byDimension, rules.disagreement().maxStdDev()),
                eligible);
    }

    private static RankedAchievement entry(
            Scored s, Reason reason, Integer rank, BigDecimal percentile, boolean selected, Integer industryRank) {
        Map<String, BigDecimal> aggregates = new LinkedHashMap<>();
        for (int d = 0; d < RuleSet.DIMENSION_KEYS.size(); d++) {
            aggregates.put(
                    RuleSet.DIMENSION_KEYS.get(d),
                    s.aggregates() == null ? null : s.aggregates().get(d));
        }
        return new RankedAchievement(
                s.id(),
                s.industryCode(),
                s.section(),
                s.eligible(),
                reason,
                s.submittedReviews(),
                Collections.unmodifiableMap(aggregates),
                s.composite(),
                rank,
                percentile,
                s.disagreement() ? List.of(RankedAchievement.DISAGREEMENT) : List.of(),
                selected,
                industryRank);
    }

    private static void requireInScale(ScoreSheet sheet, RuleSet.Scale scale) {
        for (int d = 0; d < RuleSet.DIMENSION_KEYS.size(); d++) {
            if (!scale.contains(sheet.score(d))) {
                throw new IllegalArgumentException("score " + sheet.score(d).toPlainString() + " of "
                        + RuleSet.DIMENSION_KEYS.get(d) + " by reviewer " + sheet.reviewerId() + " for achievement "
                        + sheet.achievementId() + " is outside the scale ["
                        + scale.min().toPlainString() + ", "
                        + scale.max().toPlainString() + "]");
            }
        }
    }
}
