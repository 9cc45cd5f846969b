package io.techpool.round;

import io.quarkus.panache.common.Sort;
import io.techpool.achievement.AchievementService;
import io.techpool.platform.DomainException;
import io.techpool.platform.Ids;
import io.techpool.platform.Messages;
import io.techpool.platform.Page;
import io.techpool.review.ReviewChanging;
import io.techpool.review.RoundReviews;
import io.techpool.scoring.RuleSet;
import io.techpool.scoring.RuleSetDigest;
import io.techpool.scoring.RuleSets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A round from creation to the close of registration: create, list, rename, move the deadline, close. */
@ApplicationScoped
class RoundLifecycle {

    @Inject
    RoundRepository rounds;

    @Inject
    RoundReviews reviews;

    @Inject
    AchievementService achievements;

    @Inject
    RuleSets ruleSets;

    @Inject
    Clock clock;

    @Transactional
    RoundRecords.View create(RoundRecords.Create in) {
        List<DomainException.Invalid.Field> errors = new ArrayList<>();
        Optional<RuleSet> rules = ruleSets.find(in.rulesId(), in.rulesVersion());
        if (rules.isEmpty()) {
            errors.add(new DomainException.Invalid.Field(
                    "rulesVersion", m -> m.noSuchRuleSetVersion(in.rulesId(), in.rulesVersion())));
        }
        if (!in.reviewDeadline().isAfter(now())) {
            errors.add(new DomainException.Invalid.Field("reviewDeadline", Messages::mustBeInFuture));
        }
        List<UUID> panel = in.panel() == null
                ? List.of()
                : in.panel().stream().distinct().sorted().toList();
        for (int i = 0; i < panel.size(); i++) {
            if (reviews.reviewer(panel.get(i)).isEmpty()) {
                errors.add(new DomainException.Invalid.Field("panel[" + i + "]", Messages::noSuchReviewer));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
        Round round = new Round(
                in.name(),
                in.rulesId(),
                in.rulesVersion(),
                RuleSetDigest.of(rules.orElseThrow()),
                in.reviewDeadline(),
                panel,
                now());
        rounds.persist(round);
        tellReviews(round);
        return RoundRecords.View.of(round, 0);
    }

    Page<RoundRecords.View> list(int page, int size) {
        var query = rounds.findAll(Sort.descending("createdAt").and("id"));
        return new Page<>(query.page(page, size).list(), page, size, query.count())
                .map(r -> RoundRecords.View.of(r, achievements.countInRound(r.id)));
    }

    RoundRecords.View get(String id) {
        Round round = find(id);
        return RoundRecords.View.of(round, achievements.countInRound(round.id));
    }

    @Transactional
    RoundRecords.View edit(String id, RoundRecords.Edit edit) {
        Round round = lock(id);
        round.edit(edit.name(), edit.reviewDeadline());
        tellReviews(round);
        return RoundRecords.View.of(round, achievements.countInRound(round.id));
    }

    /** Takes every SUBMITTED achievement into the round at once; later submissions wait for the next round. */
    @Transactional
    RoundRecords.View closeRegistration(String id) {
        Round round = lock(id);
        round.requireStatus(Set.of(Round.Status.OPEN), Messages::roundActionCloseRegistration);
        int taken = achievements.takeSubmittedInto(round.id);
        round.closeRegistration(now());
        return RoundRecords.View.of(round, taken);
    }

    /** The round's rule set, as long as its file is unchanged since the round was created. */
    RuleSet rulesOf(Round round) {
        return ruleSets.pinned(round.rulesId, round.rulesVersion, round.rulesDigest);
    }

    Round find(String id) {
        Round round = Ids.uuid(id).map(rounds::findById).orElse(null);
        if (round == null) {
            throw notFound(id);
        }
        return round;
    }

    /** Every change to a round holds its row lock, so concurrent ones queue instead of clashing. */
    Round lock(String id) {
        return Ids.uuid(id).map(this::lock).orElseThrow(() -> notFound(id));
    }

    Round lock(UUID id) {
        Round round = rounds.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (round == null) {
            throw notFound(id.toString());
        }
        return round;
    }

    /** A reviewer's submission or decline takes the round's lock before its assignment's (see {@link ReviewChanging}). */
    @Transactional(Transactional.TxType.MANDATORY)
    void hold(@Observes ReviewChanging change) {
        rounds.findById(
                change.roundId(), change.exclusive() ? LockModeType.PESSIMISTIC_WRITE : LockModeType.PESSIMISTIC_READ);
    }

    /** Reviewers work to the round's name, deadline and rule set; review keeps its own copy of them. */
    private void tellReviews(Round round) {
        reviews.setTerms(
                round.id, round.name, round.reviewDeadline, round.rulesId, round.rulesVersion, round.rulesDigest);
    }

    private static DomainException.NotFound notFound(String id) {
        return new DomainException.NotFound(m -> m.roundNotFound(id));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
