package io.techpool.round;

import io.techpool.achievement.AchievementService;
import io.techpool.achievement.RoundEntry;
import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.DomainException;
import io.techpool.platform.Messages;
import io.techpool.platform.audit.AuditLog;
import io.techpool.review.AssignmentState;
import io.techpool.review.RoundReviews;
import io.techpool.scoring.InvalidRuleSet;
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
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The service side of SCORING.md: loads a round's registered set and submitted reviews, runs the
 * pure {@link SelectionComputation} and stores its result.
 */
@ApplicationScoped
class RoundSelection {

    @Inject
    RoundLifecycle rounds;

    @Inject
    StoredSelectionResultRepository results;

    @Inject
    RoundReviews reviews;

    @Inject
    AchievementService achievements;

    @Inject
    CurrentLanguage language;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** SCORING.md steps 1–8 with the round's rule set; the result is stored and the round COMPUTED. */
    @Transactional
    SelectionResultView computeSelection(String id) {
        Round round = rounds.lock(id);
        round.requireStatus(Set.of(Round.Status.REVIEWING, Round.Status.COMPUTED), Messages::roundActionCompute);
        long open = reviews.countOpen(round.id);
        if (open > 0 && !round.isPastDeadline(now())) {
            OffsetDateTime deadline = round.reviewDeadline;
            throw new DomainException.Conflict(m -> m.reviewsStillOpen(open, deadline));
        }
        RuleSet rules = rounds.rulesOf(round);
        SelectionResult result = compute(round, rules);
        OffsetDateTime now = now();
        String digest = RuleSetDigest.of(rules);
        StoredSelectionResult stored = results.findById(round.id);
        if (stored == null) {
            results.persist(new StoredSelectionResult(round.id, result, digest, now));
        } else {
            stored.store(result, digest, now);
        }
        round.computed();
        audit.record(
                "round.compute",
                "round",
                round.id,
                Map.of("ruleSetDigest", digest, "pool", result.pool().size()));
        return SelectionResultView.of(round.id.toString(), result, false, now);
    }

    /** Any rule set against the round's submitted reviews; nothing is stored. */
    SelectionResultView simulateSelection(String id, String ruleSetText) {
        Round round = rounds.find(id);
        if (round.status == Round.Status.OPEN) {
            throw new DomainException.Conflict(Messages::roundNothingToSimulate);
        }
        RuleSet rules;
        try {
            rules = RuleSetParser.parseRequest(ruleSetText == null ? "" : ruleSetText);
        } catch (InvalidRuleSet e) {
            // The rule file's violations come in both languages from the parser, not from the bundle.
            throw new DomainException.Invalid(e.violations().stream()
                    .map(v -> new DomainException.Invalid.Field(
                            v.field().isEmpty() ? "body" : v.field(),
                            m -> v.rule().pick(language.get())))
                    .toList());
        }
        return SelectionResultView.of(round.id.toString(), compute(round, rules), true, now());
    }

    /** The stored computation, or 404 when the round has none. */
    SelectionResultView stored(String id) {
        return storedOf(rounds.find(id)).view();
    }

    StoredSelectionResult storedOf(Round round) {
        StoredSelectionResult stored = results.findById(round.id);
        if (stored == null) {
            throw new DomainException.NotFound(Messages::roundNotComputed);
        }
        return stored;
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
                reviews.submitted(round.id).stream().map(RoundSelection::sheet).toList();
        return SelectionComputation.compute(rules, registered, sheets);
    }

    private static ScoreSheet sheet(AssignmentState a) {
        return new ScoreSheet(
                a.achievementId().toString(),
                a.reviewerId().toString(),
                a.marketPotential(),
                a.economicValue(),
                a.technicalContent());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
