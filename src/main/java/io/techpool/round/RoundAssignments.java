package io.techpool.round;

import io.techpool.achievement.AchievementService;
import io.techpool.achievement.RoundEntry;
import io.techpool.assignment.AssignmentPolicy;
import io.techpool.assignment.Candidate;
import io.techpool.assignment.ExpertiseTier;
import io.techpool.assignment.NewAssignment;
import io.techpool.assignment.Plan;
import io.techpool.assignment.ReviewerAssignment;
import io.techpool.assignment.Target;
import io.techpool.industry.Industry;
import io.techpool.industry.IndustryCatalog;
import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.DomainException;
import io.techpool.platform.Ids;
import io.techpool.platform.Messages;
import io.techpool.platform.Text;
import io.techpool.platform.audit.AuditLog;
import io.techpool.review.AssignableReviewer;
import io.techpool.review.Assignment;
import io.techpool.review.AssignmentState;
import io.techpool.review.ReviewDeclined;
import io.techpool.review.RoundReviews;
import io.techpool.scoring.RuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Who reviews what: automatic assignment, replacement after a decline, and assignment by hand. */
@ApplicationScoped
class RoundAssignments {

    @Inject
    RoundLifecycle rounds;

    @Inject
    RoundReviews reviews;

    @Inject
    AchievementService achievements;

    @Inject
    IndustryCatalog industries;

    @Inject
    CurrentLanguage language;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    RoundRecords.AssignmentReport assignReviewers(String id) {
        Round round = rounds.lock(id);
        round.requireStatus(Set.of(Round.Status.REVIEWING), Messages::roundActionAssign);
        RuleSet rules = rounds.rulesOf(round);
        List<RoundEntry> entries = achievements.inRound(round.id);
        Plan plan = planFor(round, rules, entries);
        persist(round.id, plan.assignments());
        audit.record(
                "round.assign-reviewers",
                "round",
                round.id,
                Map.of(
                        "assignments",
                        plan.assignments().size(),
                        "shortfalls",
                        plan.shortfalls().size()));
        return new RoundRecords.AssignmentReport(
                entries.size(),
                entries.size() - plan.shortfalls().size(),
                plan.assignments().size(),
                plan.shortfalls().stream()
                        .map(s -> RoundRecords.ShortfallView.of(s, language.messages()))
                        .toList());
    }

    /** A decline is replaced at once, in the decline's transaction, by the same rules as automatic assignment. */
    @Transactional(Transactional.TxType.MANDATORY)
    void replaceDeclined(@Observes ReviewDeclined declined) {
        Round round = rounds.lock(declined.roundId());
        RuleSet rules = rounds.rulesOf(round);
        List<RoundEntry> entry = achievements.inRound(round.id).stream()
                .filter(e -> e.id().equals(declined.achievementId()))
                .toList();
        persist(round.id, planFor(round, rules, entry).assignments());
    }

    @Transactional
    List<RoundRecords.AssignmentView> assignManually(
            String id, String achievementId, RoundRecords.ManualAssignment in) {
        Round round = rounds.lock(id);
        round.requireStatus(Set.of(Round.Status.REVIEWING), Messages::roundActionAssign);
        RoundEntry entry = achievements.inRound(round.id).stream()
                .filter(e -> e.id().toString().equals(achievementId))
                .findFirst()
                .orElseThrow(() -> new DomainException.NotFound(m -> m.achievementNotInRound(achievementId)));
        AssignableReviewer reviewer = reviews.reviewer(in.reviewerId())
                .orElseThrow(() -> new DomainException.Invalid("reviewerId", Messages::noSuchReviewer));
        RuleSet rules = rounds.rulesOf(round);
        List<AssignmentState> ofRound = reviews.ofRound(round.id);
        if (in.replaces() != null) {
            AssignmentState replaced = ofRound.stream()
                    .filter(a -> a.achievementId().equals(entry.id())
                            && a.reviewerId().equals(in.replaces()))
                    .findFirst()
                    .orElseThrow(() -> new DomainException.Invalid("replaces", Messages::noAssignmentOfReviewer));
            if (!replaced.is(Assignment.Status.OPEN)) {
                throw new DomainException.Conflict(m -> m.onlyOpenAssignmentReplaced(replaced.status()));
            }
            reviews.withdraw(replaced.id());
            ofRound = ofRound.stream().filter(a -> a != replaced).toList();
        }
        Target target = target(
                entry,
                ofRound.stream()
                        .filter(a -> a.achievementId().equals(entry.id()))
                        .toList(),
                1);
        Candidate candidate = candidate(reviewer, openLoads(ofRound));
        AssignmentPolicy.refusal(target, candidate, rules.reviews().maxLoad()).ifPresent(refusal -> {
            throw new DomainException.Conflict(refused(refusal, rules.reviews().maxLoad()));
        });
        reviews.assign(
                round.id,
                entry.id(),
                reviewer.id(),
                ExpertiseTier.of(target, candidate, sectionOfDivision()).name(),
                now());
        audit.record(
                "round.assign-manually",
                "achievement",
                entry.id(),
                Map.of(
                        "round",
                        round.id,
                        "reviewer",
                        reviewer.id(),
                        "replaces",
                        in.replaces() == null ? "" : in.replaces()));
        return assignmentsOf(round.id, entry.id());
    }

    List<RoundRecords.AssignmentView> assignmentsOf(String roundId, String achievementId) {
        Round round = rounds.find(roundId);
        return assignmentsOf(
                round.id,
                Ids.uuid(achievementId)
                        .orElseThrow(() -> new DomainException.NotFound(m -> m.achievementNotFound(achievementId))));
    }

    private List<RoundRecords.AssignmentView> assignmentsOf(UUID roundId, UUID achievementId) {
        return reviews.of(roundId, achievementId).stream()
                .map(RoundRecords.AssignmentView::of)
                .toList();
    }

    private void persist(UUID roundId, List<NewAssignment> planned) {
        OffsetDateTime now = now();
        for (NewAssignment a : planned) {
            reviews.assign(
                    roundId,
                    UUID.fromString(a.achievementId()),
                    UUID.fromString(a.reviewerId()),
                    a.tier().name(),
                    now);
        }
    }

    private Plan planFor(Round round, RuleSet rules, List<RoundEntry> entries) {
        List<AssignmentState> ofRound = reviews.ofRound(round.id);
        Map<UUID, List<AssignmentState>> byAchievement =
                ofRound.stream().collect(Collectors.groupingBy(AssignmentState::achievementId));
        List<Target> targets = entries.stream()
                .map(e -> target(
                        e,
                        byAchievement.getOrDefault(e.id(), List.of()),
                        rules.reviews().assign()))
                .filter(t -> t.requested() > 0)
                .toList();
        Map<UUID, Integer> loads = openLoads(ofRound);
        Set<UUID> panel = Set.copyOf(round.panel);
        List<Candidate> candidates = reviews.withExpertise().stream()
                .filter(r -> panel.isEmpty() || panel.contains(r.id()))
                .map(r -> candidate(r, loads))
                .toList();
        return ReviewerAssignment.assign(targets, candidates, rules.reviews().maxLoad(), sectionOfDivision());
    }

    private Map<String, String> sectionOfDivision() {
        return industries.all().stream()
                .filter(i -> !i.isSection())
                .collect(Collectors.toMap(Industry::code, Industry::section));
    }

    /** {@code assign} is how many the rules want in total; the target requests what is still missing. */
    private static Target target(RoundEntry e, List<AssignmentState> its, int assign) {
        Set<String> active = its.stream()
                .filter(a -> !a.is(Assignment.Status.DECLINED))
                .map(a -> a.reviewerId().toString())
                .collect(Collectors.toSet());
        Set<String> declined = its.stream()
                .filter(a -> a.is(Assignment.Status.DECLINED))
                .map(a -> a.reviewerId().toString())
                .collect(Collectors.toSet());
        return new Target(
                e.id().toString(),
                e.organizationCode(),
                e.industryCode(),
                e.industrySection(),
                active,
                declined,
                Math.max(0, assign - active.size()));
    }

    private static Candidate candidate(AssignableReviewer r, Map<UUID, Integer> openLoads) {
        return new Candidate(
                r.id().toString(),
                r.organizationCode(),
                Set.copyOf(r.expertise()),
                Set.copyOf(r.conflictOrganizations()),
                r.conflictAchievements().stream().map(UUID::toString).collect(Collectors.toSet()),
                openLoads.getOrDefault(r.id(), 0));
    }

    private static Map<UUID, Integer> openLoads(List<AssignmentState> ofRound) {
        Map<UUID, Integer> loads = new HashMap<>();
        ofRound.stream()
                .filter(a -> a.is(Assignment.Status.OPEN))
                .forEach(a -> loads.merge(a.reviewerId(), 1, Integer::sum));
        return loads;
    }

    private static Text refused(AssignmentPolicy.Refusal refusal, int maxLoad) {
        return switch (refusal) {
            case SAME_ORGANIZATION -> Messages::refusalSameOrganization;
            case DECLARED_CONFLICT_ORGANIZATION -> Messages::refusalDeclaredConflictOrganization;
            case DECLARED_CONFLICT_ACHIEVEMENT -> Messages::refusalDeclaredConflictAchievement;
            case DECLINED_BEFORE -> Messages::refusalDeclinedBefore;
            case ALREADY_ASSIGNED -> Messages::refusalAlreadyAssigned;
            case AT_LOAD_CAP -> m -> m.refusalAtLoadCap(maxLoad);
        };
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
