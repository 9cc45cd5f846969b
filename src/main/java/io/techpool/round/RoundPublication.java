package io.techpool.round;

import io.techpool.achievement.AchievementService;
import io.techpool.achievement.AchievementView;
import io.techpool.platform.audit.AuditLog;
import io.techpool.scoring.RankedAchievement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Publication, in one straight line and one transaction: conclude the achievements, tell the pool. */
@ApplicationScoped
class RoundPublication {

    @Inject
    RoundLifecycle rounds;

    @Inject
    RoundSelection selection;

    @Inject
    AchievementService achievements;

    @Inject
    Event<RoundPublished> published;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * All or nothing: the selected achievements enter the pool, the others are NOT_SELECTED and the
     * round PUBLISHED; a failure anywhere (the pool's observer included) leaves the round COMPUTED.
     */
    @Transactional
    RoundRecords.View publish(String id) {
        Round round = rounds.lock(id);
        round.publish();
        List<RankedAchievement> pool = selection.storedOf(round).result().pool();
        Map<UUID, RankedAchievement> ranked =
                pool.stream().collect(Collectors.toMap(r -> UUID.fromString(r.achievementId()), Function.identity()));
        List<AchievementView> concluded = achievements.conclude(round.id, ranked.keySet());
        List<RoundPublished.Selected> selected = concluded.stream()
                .map(a -> new RoundPublished.Selected(ranked.get(UUID.fromString(a.id())), a))
                .toList();
        published.fire(new RoundPublished(round.id, round.name, OffsetDateTime.now(clock), selected));
        audit.record(
                "round.publish", "round", round.id, Map.of("selected", selected.size(), "concluded", concluded.size()));
        return RoundRecords.View.of(round, achievements.countInRound(round.id));
    }
}
