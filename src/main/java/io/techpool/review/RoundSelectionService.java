package io.techpool.review;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.techpool.achievement.AchievementService;
import io.techpool.achievement.AchievementView;
import io.techpool.achievement.RoundEntry;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.DomainException;
import io.techpool.platform.Problem.FieldError;
import io.techpool.pool.PoolPublication;
import io.techpool.scoring.InvalidRuleSet;
import io.techpool.scoring.RankedAchievement;
import io.techpool.scoring.Registered;
import io.techpool.scoring.RuleSet;
import io.techpool.scoring.RuleSetDigest;
import io.techpool.scoring.RuleSetParser;
import io.techpool.scoring.ScoreSheet;
import io.techpool.scoring.SelectionComputation;
import io.techpool.scoring.SelectionResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The service side of SCORING.md: loads a round's registered set and submitted reviews, runs the
 * pure {@link SelectionComputation}, stores the result, publishes it.
 */
@ApplicationScoped
public class RoundSelectionService {

    /** Stored results keep every decimal: floats are read back as BigDecimal. */
    static final ObjectMapper JSON = new ObjectMapper()
            .findAndRegisterModules()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Inject
    RoundService rounds;

    @Inject
    RoundResultRepository results;

    @Inject
    AssignmentRepository assignments;

    @Inject
    AchievementService achievements;

    @Inject
    PoolPublication pool;

    @Inject
    Clock clock;

    /** SCORING.md steps 1–8 with the round's rule set; the result is stored and the round COMPUTED. */
    @Transactional
    SelectionAnswer computeSelection(String id) {
        Round round = lock(id);
        round.requireStatus(Set.of(Round.Status.REVIEWING, Round.Status.COMPUTED), "计算", "computed");
        long open = assignments.count("roundId = ?1 and status = ?2", round.id, Assignment.Status.OPEN);
        if (open > 0 && !round.isPastDeadline(now())) {
            throw new DomainException.Conflict(
                    "还有 " + open + " 项评审未提交或拒绝，且评审截止时间 " + round.reviewDeadline + " 未到。",
                    open + " reviews are still open and the review deadline " + round.reviewDeadline
                            + " has not passed.");
        }
        RuleSet rules = rounds.rulesOf(round);
        SelectionResult result = compute(round, rules);
        OffsetDateTime now = now();
        SelectionAnswer answer = SelectionAnswer.of(round.id.toString(), result, false, now);
        RoundResult stored = results.findById(round.id);
        boolean first = stored == null;
        if (first) {
            stored = new RoundResult();
            stored.roundId = round.id;
        }
        stored.rulesId = rules.id();
        stored.rulesVersion = rules.version();
        stored.rulesDigest = RuleSetDigest.of(rules);
        stored.inputDigest = result.inputDigest();
        stored.computedAt = now;
        stored.result = write(answer);
        if (first) {
            results.persist(stored);
        }
        round.status = Round.Status.COMPUTED;
        return answer;
    }

    /** Any rule set against the round's submitted reviews; nothing is stored. */
    SelectionAnswer simulateSelection(String id, String ruleSetText) {
        Round round = rounds.find(id);
        if (round.status == Round.Status.OPEN) {
            throw new DomainException.Conflict(
                    "评审批次尚未截止登记，无可模拟的评审。",
                    "The round has not closed registration; there are no reviews to simulate with.");
        }
        RuleSet rules;
        try {
            rules = RuleSetParser.parseRequest(ruleSetText == null ? "" : ruleSetText);
        } catch (InvalidRuleSet e) {
            throw new DomainException.Invalid(e.violations().stream()
                    .map(v -> new FieldError(v.field().isEmpty() ? "body" : v.field(), v.rule() + " / " + v.ruleZh()))
                    .toList());
        }
        return SelectionAnswer.of(round.id.toString(), compute(round, rules), true, now());
    }

    /** The stored computation, or 404 when the round has none. */
    SelectionAnswer stored(String id) {
        Round round = rounds.find(id);
        RoundResult stored = results.findById(round.id);
        if (stored == null) {
            throw new DomainException.NotFound("该评审批次尚未计算。", "The round has not been computed.");
        }
        return read(stored.result);
    }

    /**
     * All or nothing: the selected achievements enter the pool, the others are NOT_SELECTED and the
     * round PUBLISHED, in one transaction; a failure anywhere leaves the round COMPUTED.
     */
    @Transactional
    RoundRecords.View publish(String id) {
        Round round = lock(id);
        round.requireStatus(Set.of(Round.Status.COMPUTED), "发布", "published");
        SelectionAnswer answer = read(results.findById(round.id).result);
        Set<UUID> selected = answer.pool().stream()
                .map(r -> UUID.fromString(r.achievementId()))
                .collect(Collectors.toSet());
        achievements.conclude(round.id, selected);
        pool.enter(round.id, answer.pool(), now());
        round.status = Round.Status.PUBLISHED;
        return RoundRecords.View.of(round, achievements.countInRound(round.id));
    }

    /**
     * What an owner gets back after publication (SCORING.md): the entry of the stored result, the
     * cut-off of its scope and the reviewers' comments without who wrote them.
     */
    Feedback feedback(CurrentUser user, String id) {
        AchievementView achievement = achievements.get(user, id); // 404 unless the caller's organization owns it
        if (achievement.roundId() == null) {
            throw notYet();
        }
        Round round = rounds.find(achievement.roundId());
        if (round.status != Round.Status.PUBLISHED) {
            throw notYet();
        }
        SelectionAnswer answer = stored(achievement.roundId());
        RankedAchievement entry = entryOf(answer, UUID.fromString(achievement.id()));
        Object cutoff = answer.cutoffComposite() instanceof Map<?, ?> bySection
                ? bySection.get(entry.section())
                : answer.cutoffComposite();
        var comments = assignments
                .list(
                        "roundId = ?1 and achievementId = ?2 and status = ?3",
                        round.id,
                        UUID.fromString(achievement.id()),
                        Assignment.Status.SUBMITTED)
                .stream()
                .map(a -> a.comment)
                .filter(Objects::nonNull)
                .filter(c -> !c.isBlank())
                .sorted() // an order that says nothing about who wrote which
                .toList();
        return new Feedback(
                achievement.id(),
                round.id.toString(),
                round.name,
                entry.selected(),
                entry.reason().name(),
                entry.aggregates(),
                entry.composite(),
                entry.percentile(),
                cutoff == null ? null : new BigDecimal(cutoff.toString()),
                entry.flags(),
                entry.submittedReviews(),
                comments);
    }

    private static DomainException.Conflict notYet() {
        return new DomainException.Conflict("评审结果发布后才有反馈。", "Feedback is available once the round is published.");
    }

    private SelectionResult compute(Round round, RuleSet rules) {
        List<RoundEntry> entries = achievements.inRound(round.id);
        List<Registered> registered = entries.stream()
                .map(e -> new Registered(
                        e.id().toString(),
                        e.industryCode(),
                        e.industrySection(),
                        e.submittedAt().toInstant()))
                .toList();
        List<ScoreSheet> sheets =
                assignments.list("roundId = ?1 and status = ?2", round.id, Assignment.Status.SUBMITTED).stream()
                        .map(a -> new ScoreSheet(
                                a.achievementId.toString(),
                                a.reviewerId.toString(),
                                a.marketPotential,
                                a.economicValue,
                                a.technicalContent))
                        .toList();
        return SelectionComputation.compute(rules, registered, sheets);
    }

    private Round lock(String id) {
        return rounds.lock(id);
    }

    static String write(SelectionAnswer answer) {
        try {
            return JSON.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static SelectionAnswer read(String json) {
        try {
            return JSON.readValue(json, SelectionAnswer.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored result", e);
        }
    }

    RankedAchievement entryOf(SelectionAnswer answer, UUID achievementId) {
        return answer.ranking().stream()
                .filter(r -> r.achievementId().equals(achievementId.toString()))
                .findFirst()
                .orElseThrow();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
