package io.techpool.achievement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The field-by-field difference between an achievement and its revision, over what the owner writes. */
final class AchievementChanges {

    /** Bookkeeping, not content: always different between two records. */
    private static final Set<String> NOT_CONTENT = Set.of(
            "id",
            "status",
            "registrationNumber",
            "roundId",
            "previousId",
            "chains",
            "chainsSource",
            "submittedAt",
            "createdAt",
            "updatedAt",
            "version");

    public record Change(String field, Object before, Object after) {}

    private AchievementChanges() {}

    static List<Change> between(AchievementView before, AchievementView after) {
        List<Change> changes = new ArrayList<>();
        for (var component : AchievementView.class.getRecordComponents()) {
            if (NOT_CONTENT.contains(component.getName())) {
                continue;
            }
            try {
                Object was = component.getAccessor().invoke(before);
                Object is = component.getAccessor().invoke(after);
                if (!Objects.equals(was, is)) {
                    changes.add(new Change(component.getName(), was, is));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changes;
    }
}
