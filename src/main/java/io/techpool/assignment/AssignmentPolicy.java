package io.techpool.assignment;

import java.util.Optional;

/**
 * The hard rules of assignment, for the automatic method and for manual assignment alike: a reviewer
 * is never assigned to an achievement of their own organization, one they declared a conflict with
 * (its organization or itself), one they declined, one they already hold, nor beyond the load cap.
 */
public final class AssignmentPolicy {

    /** Why a reviewer may not be assigned; when several apply, the first constant is reported. */
    public enum Refusal {
        SAME_ORGANIZATION,
        DECLARED_CONFLICT_ORGANIZATION,
        DECLARED_CONFLICT_ACHIEVEMENT,
        DECLINED_BEFORE,
        ALREADY_ASSIGNED,
        AT_LOAD_CAP
    }

    private AssignmentPolicy() {}

    /** Empty when {@code candidate} may take {@code target} now, else the refusal. */
    public static Optional<Refusal> refusal(Target target, Candidate candidate, int maxLoad) {
        Optional<Refusal> conflict = conflict(target, candidate);
        if (conflict.isPresent() || candidate.openLoad() < maxLoad) {
            return conflict;
        }
        return Optional.of(Refusal.AT_LOAD_CAP);
    }

    /** The refusals that do not depend on load: they hold for the whole round. */
    static Optional<Refusal> conflict(Target target, Candidate candidate) {
        String organization = target.organizationCode();
        if (organization != null && organization.equals(candidate.organizationCode())) {
            return Optional.of(Refusal.SAME_ORGANIZATION);
        }
        if (organization != null && candidate.conflictOrganizations().contains(organization)) {
            return Optional.of(Refusal.DECLARED_CONFLICT_ORGANIZATION);
        }
        if (candidate.conflictAchievementIds().contains(target.achievementId())) {
            return Optional.of(Refusal.DECLARED_CONFLICT_ACHIEVEMENT);
        }
        if (target.declinedReviewerIds().contains(candidate.reviewerId())) {
            return Optional.of(Refusal.DECLINED_BEFORE);
        }
        if (target.assignedReviewerIds().contains(candidate.reviewerId())) {
            return Optional.of(Refusal.ALREADY_ASSIGNED);
        }
        return Optional.empty();
    }
}
