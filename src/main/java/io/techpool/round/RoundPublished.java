package io.techpool.round;

import io.techpool.achievement.AchievementView;
import io.techpool.scoring.RankedAchievement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Fired inside the publishing transaction once a round's achievements are concluded: the pool
 * observes it and takes the selected in, so the round never calls the pool and the two commit (or
 * roll back) together.
 *
 * @param selected each selected achievement's ranking with its published state (without contact)
 */
public record RoundPublished(UUID roundId, String roundName, OffsetDateTime publishedAt, List<Selected> selected) {

    public record Selected(RankedAchievement ranking, AchievementView achievement) {}
}
