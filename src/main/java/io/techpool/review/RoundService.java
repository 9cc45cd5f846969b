package io.techpool.review;

import io.quarkus.panache.common.Sort;
import io.techpool.achievement.AchievementService;
import io.techpool.achievement.RoundEntry;
import io.techpool.industry.Industry;
import io.techpool.industry.IndustryCatalog;
import io.techpool.platform.DomainException;
import io.techpool.platform.Ids;
import io.techpool.platform.Problem.FieldError;
import io.techpool.scoring.RuleSet;
import io.techpool.scoring.RuleSetDigest;
import io.techpool.scoring.RuleSets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Review rounds: registration close, reviewer assignment (automatic and by hand), progress. */
@ApplicationScoped
public class RoundService {

    @Inject
    RoundRepository rounds;

    @Inject
    AssignmentRepository assignments;

    @Inject
    ReviewerRepository reviewers;

    @Inject
    AchievementService achievements;

    @Inject
    RuleSets ruleSets;

    @Inject
    IndustryCatalog industries;

    @Inject
    Clock clock;

    @Transactional
    RoundRecords.View create(RoundRecords.Create in) {
        List<FieldError> errors = new ArrayList<>();
        java.util.Optional<RuleSet> rules = ruleSets.find(in.rulesId(), in.rulesVersion());
        if (rules.isEmpty()) {
            errors.add(new FieldError(
                    "rulesVersion",
                    "没有评审规则 " + in.rulesId() + " 第 " + in.rulesVersion() + " 版 / no rule set " + in.rulesId()
                            + " version " + in.rulesVersion()));
        }
        if (!in.reviewDeadline().isAfter(now())) {
            errors.add(new FieldError("reviewDeadline", "必须晚于现在 / must be in the future"));
        }
        List<UUID> panel = in.panel() == null
                ? List.of()
                : in.panel().stream().distinct().sorted().toList();
        for (int i = 0; i < panel.size(); i++) {
            if (reviewers.findById(panel.get(i)) == null) {
                errors.add(new FieldError("panel[" + i + "]", "没有这个评审专家 / no such reviewer"));
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
        return RoundRecords.View.of(round, 0);
    }

    List<RoundRecords.View> list() {
        return rounds.findAll(Sort.descending("createdAt").and("id")).list().stream()
                .map(r -> RoundRecords.View.of(r, achievements.countInRound(r.id)))
                .toList();
    }

    RoundRecords.View get(String id) {
        Round round = find(id);
        return RoundRecords.View.of(round, achievements.countInRound(round.id));
    }

    @Transactional
    RoundRecords.View edit(String id, RoundRecords.Edit edit) {
        Round round = lock(id);
        round.requireStatus(Set.of(Round.Status.OPEN, Round.Status.REVIEWING), "修改", "changed");
        if (edit.name() != null && !edit.name().isBlank()) {
            round.name = edit.name();
        }
        if (edit.reviewDeadline() != null) {
            round.reviewDeadline = edit.reviewDeadline();
        }
        return RoundRecords.View.of(round, achievements.countInRound(round.id));
    }

    /** Takes every SUBMITTED achievement into the round at once; later submissions wait for the next round. */
    @Transactional
    RoundRecords.View closeRegistration(String id) {
        Round round = lock(id);
        round.requireStatus(Set.of(Round.Status.OPEN), "截止登记", "closed for registration");
        int taken = achievements.takeSubmittedInto(round.id);
        round.closeRegistration(now());
        return RoundRecords.View.of(round, taken);
    }

    @Transactional
    RoundRecords.AssignmentReport assignReviewers(String id) {
        Round round = lock(id);
        round.requireStatus(Set.of(Round.Status.REVIEWING), "分配评审专家", "assigned reviewers");
        RuleSet rules = rulesOf(round);
        List<RoundEntry> entries = achievements.inRound(round.id);
        Plan plan = planFor(round, rules, entries);
        OffsetDateTime now = now();
        for (NewAssignment a : plan.assignments()) {
            assignments.persist(new Assignment(
                    round.id, UUID.fromString(a.achievementId()), UUID.fromString(a.reviewerId()), a.match(), now));
        }
        return new RoundRecords.AssignmentReport(
                entries.size(),
                entries.size() - plan.shortfalls().size(),
                plan.assignments().size(),
                plan.shortfalls());
    }

    /** Finds a replacement after a decline, with the same rules as automatic assignment. */
    @Transactional(Transactional.TxType.MANDATORY)
    void replaceDeclined(UUID roundId, UUID achievementId) {
        Round round = rounds.findById(roundId, LockModeType.PESSIMISTIC_WRITE);
        RuleSet rules = rulesOf(round);
        List<RoundEntry> entry = achievements.inRound(roundId).stream()
                .filter(e -> e.id().equals(achievementId))
                .toList();
        OffsetDateTime now = now();
        for (NewAssignment a : planFor(round, rules, entry).assignments()) {
            assignments.persist(
                    new Assignment(roundId, achievementId, UUID.fromString(a.reviewerId()), a.match(), now));
        }
    }

    @Transactional
    List<RoundRecords.AssignmentView> assignManually(
            String id, String achievementId, RoundRecords.ManualAssignment in) {
        Round round = lock(id);
        round.requireStatus(Set.of(Round.Status.REVIEWING), "分配评审专家", "assigned reviewers");
        RoundEntry entry = achievements.inRound(round.id).stream()
                .filter(e -> e.id().toString().equals(achievementId))
                .findFirst()
                .orElseThrow(() -> new DomainException.NotFound(
                        "本批次中没有成果 " + achievementId + "。",
                        "There is no achievement " + achievementId + " in this round."));
        Reviewer reviewer = reviewers.findById(in.reviewerId());
        if (reviewer == null) {
            throw new DomainException.Invalid("reviewerId", "没有这个评审专家 / no such reviewer");
        }
        RuleSet rules = rulesOf(round);
        List<Assignment> ofRound = assignments.list("roundId", round.id);
        if (in.replaces() != null) {
            Assignment replaced = ofRound.stream()
                    .filter(a -> a.achievementId.equals(entry.id()) && a.reviewerId.equals(in.replaces()))
                    .findFirst()
                    .orElseThrow(() ->
                            new DomainException.Invalid("replaces", "该专家没有这项评审任务 / no assignment of this reviewer"));
            if (replaced.status != Assignment.Status.OPEN) {
                throw new DomainException.Conflict(
                        "只能替换未完成的评审任务，该任务状态为 " + replaced.status + "。",
                        "Only an open assignment can be replaced; this one is " + replaced.status + ".");
            }
            assignments.delete(replaced);
            ofRound = ofRound.stream().filter(a -> a != replaced).toList();
        }
        Target target = target(
                entry,
                ofRound.stream().filter(a -> a.achievementId.equals(entry.id())).toList(),
                1);
        Candidate candidate = candidate(reviewer, openLoads(ofRound));
        AssignmentPolicy.refusal(target, candidate, rules.reviews().maxLoad()).ifPresent(refusal -> {
            throw new DomainException.Conflict(
                    refusalZh(refusal, rules),
                    "The reviewer cannot be assigned: "
                            + refusal.name().toLowerCase().replace('_', ' ') + ".");
        });
        assignments.persist(new Assignment(
                round.id, entry.id(), reviewer.id, Match.of(target, candidate, sectionOfDivision()), now()));
        assignments.flush();
        return assignmentsOf(round.id, entry.id());
    }

    List<RoundRecords.AssignmentView> assignmentsOf(String roundId, String achievementId) {
        Round round = find(roundId);
        return assignmentsOf(
                round.id,
                Ids.uuid(achievementId)
                        .orElseThrow(() -> new DomainException.NotFound(
                                "没有成果 " + achievementId + "。", "There is no achievement " + achievementId + ".")));
    }

    List<RoundRecords.AssignmentView> assignmentsOf(UUID roundId, UUID achievementId) {
        Map<UUID, String> usernames = new HashMap<>();
        return assignments
                .list(
                        "roundId = ?1 and achievementId = ?2",
                        Sort.by("assignedAt").and("id"),
                        roundId,
                        achievementId)
                .stream()
                .map(a -> new RoundRecords.AssignmentView(
                        a.id.toString(),
                        a.achievementId.toString(),
                        a.reviewerId.toString(),
                        usernames.computeIfAbsent(a.reviewerId, r -> reviewers.findById(r).username),
                        a.status,
                        a.match,
                        a.assignedAt,
                        a.declineReason))
                .toList();
    }

    RoundRecords.Progress progress(String id) {
        Round round = find(id);
        RuleSet rules = rulesOf(round);
        List<RoundEntry> entries = achievements.inRound(round.id);
        List<Assignment> ofRound = assignments.list("roundId", round.id);
        Map<UUID, List<Assignment>> byAchievement =
                ofRound.stream().collect(Collectors.groupingBy(a -> a.achievementId));
        boolean pastDeadline = round.isPastDeadline(now());
        List<RoundRecords.AchievementProgress> perAchievement = new ArrayList<>();
        for (RoundEntry e : entries) {
            List<Assignment> its = byAchievement.getOrDefault(e.id(), List.of());
            int open = count(its, Assignment.Status.OPEN);
            int submitted = count(its, Assignment.Status.SUBMITTED);
            int declined = count(its, Assignment.Status.DECLINED);
            List<String> flags = new ArrayList<>();
            if (open + submitted < rules.reviews().assign()) {
                flags.add("UNDER_ASSIGNED");
            }
            if (declined > 0) {
                flags.add("DECLINED");
            }
            if (pastDeadline && submitted < rules.reviews().required()) {
                flags.add("INSUFFICIENT_REVIEWS");
            }
            perAchievement.add(new RoundRecords.AchievementProgress(
                    e.id().toString(),
                    e.registrationNumber(),
                    e.titleZh(),
                    open + submitted,
                    open,
                    submitted,
                    declined,
                    flags));
        }
        Map<UUID, List<Assignment>> byReviewer = ofRound.stream().collect(Collectors.groupingBy(a -> a.reviewerId));
        List<RoundRecords.ReviewerProgress> perReviewer = byReviewer.entrySet().stream()
                .map(entry -> {
                    Reviewer r = reviewers.findById(entry.getKey());
                    return new RoundRecords.ReviewerProgress(
                            r.id.toString(),
                            r.username,
                            r.name,
                            count(entry.getValue(), Assignment.Status.OPEN),
                            count(entry.getValue(), Assignment.Status.SUBMITTED),
                            count(entry.getValue(), Assignment.Status.DECLINED));
                })
                .sorted(Comparator.comparing(RoundRecords.ReviewerProgress::username))
                .toList();
        int fullyAssigned = (int) perAchievement.stream()
                .filter(p -> p.assigned() >= rules.reviews().assign())
                .count();
        return new RoundRecords.Progress(
                round.id.toString(),
                round.status,
                round.reviewDeadline,
                entries.size(),
                fullyAssigned,
                count(ofRound, Assignment.Status.OPEN),
                count(ofRound, Assignment.Status.SUBMITTED),
                perAchievement,
                perReviewer);
    }

    /**
     * The round's rule set, refused when its file changed since the round was created without a new
     * version: (id, version) is immutable once a round used it.
     */
    RuleSet rulesOf(Round round) {
        RuleSet rules = ruleSets.find(round.rulesId, round.rulesVersion)
                .orElseThrow(() -> new DomainException.Conflict(
                        "本批次的评审规则 " + round.rulesId + " 第 " + round.rulesVersion + " 版已不存在。",
                        "The round's rule set " + round.rulesId + " version " + round.rulesVersion
                                + " is no longer loaded."));
        if (round.rulesDigest != null && !round.rulesDigest.equals(RuleSetDigest.of(rules))) {
            throw new DomainException.Conflict(
                    "评审规则 " + round.rulesId + " 第 " + round.rulesVersion + " 版的内容在本批次使用后被修改；请提高版本号。",
                    "Rule set " + round.rulesId + " version " + round.rulesVersion
                            + " was changed after this round used it; raise its version instead.");
        }
        return rules;
    }

    Round find(String id) {
        Round round = Ids.uuid(id).map(rounds::findById).orElse(null);
        if (round == null) {
            throw notFound(id);
        }
        return round;
    }

    private Plan planFor(Round round, RuleSet rules, List<RoundEntry> entries) {
        List<Assignment> ofRound = assignments.list("roundId", round.id);
        Map<UUID, List<Assignment>> byAchievement =
                ofRound.stream().collect(Collectors.groupingBy(a -> a.achievementId));
        List<Target> targets = entries.stream()
                .map(e -> target(
                        e,
                        byAchievement.getOrDefault(e.id(), List.of()),
                        rules.reviews().assign()))
                .filter(t -> t.needed() > 0)
                .toList();
        Map<UUID, Integer> loads = openLoads(ofRound);
        Set<UUID> panel = Set.copyOf(round.panel);
        List<Candidate> candidates = reviewers.listAll().stream()
                .filter(r -> !r.expertise.isEmpty())
                .filter(r -> panel.isEmpty() || panel.contains(r.id))
                .map(r -> candidate(r, loads))
                .toList();
        return ReviewerAssignment.assign(targets, candidates, rules.reviews().maxLoad(), sectionOfDivision());
    }

    private Map<String, String> sectionOfDivision() {
        return industries.all().stream()
                .filter(i -> !i.isSection())
                .collect(Collectors.toMap(Industry::code, Industry::section));
    }

    /** {@code assign} is how many the rules want in total; the target asks for what is still missing. */
    private static Target target(RoundEntry e, List<Assignment> its, int assign) {
        Set<String> active = its.stream()
                .filter(a -> a.status != Assignment.Status.DECLINED)
                .map(a -> a.reviewerId.toString())
                .collect(Collectors.toSet());
        Set<String> declined = its.stream()
                .filter(a -> a.status == Assignment.Status.DECLINED)
                .map(a -> a.reviewerId.toString())
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

    private static Candidate candidate(Reviewer r, Map<UUID, Integer> openLoads) {
        return new Candidate(
                r.id.toString(),
                r.organizationCode,
                Set.copyOf(r.expertise),
                Set.copyOf(r.conflictOrganizations),
                r.conflictAchievements.stream().map(UUID::toString).collect(Collectors.toSet()),
                openLoads.getOrDefault(r.id, 0));
    }

    private static Map<UUID, Integer> openLoads(List<Assignment> ofRound) {
        Map<UUID, Integer> loads = new HashMap<>();
        ofRound.stream()
                .filter(a -> a.status == Assignment.Status.OPEN)
                .forEach(a -> loads.merge(a.reviewerId, 1, Integer::sum));
        return loads;
    }

    private static String refusalZh(AssignmentPolicy.Refusal refusal, RuleSet rules) {
        return switch (refusal) {
            case SAME_ORGANIZATION -> "该专家与成果属于同一单位，不能评审。";
            case DECLARED_CONFLICT_ORGANIZATION -> "该专家已声明与该成果单位存在利益冲突。";
            case DECLARED_CONFLICT_ACHIEVEMENT -> "该专家已声明与该成果存在利益冲突。";
            case DECLINED_BEFORE -> "该专家已拒绝评审该成果。";
            case ALREADY_ASSIGNED -> "该专家已被分配评审该成果。";
            case AT_LOAD_CAP -> "该专家的评审任务已达上限 " + rules.reviews().maxLoad() + " 项。";
        };
    }

    private static int count(List<Assignment> list, Assignment.Status status) {
        return (int) list.stream().filter(a -> a.status == status).count();
    }

    /** Every change to a round's assignments holds its row lock, so concurrent ones queue instead of clashing. */
    Round lock(String id) {
        Round round = Ids.uuid(id)
                .map(u -> rounds.findById(u, LockModeType.PESSIMISTIC_WRITE))
                .orElse(null);
        if (round == null) {
            throw notFound(id);
        }
        return round;
    }

    private static DomainException.NotFound notFound(String id) {
        return new DomainException.NotFound("没有编号为 " + id + " 的评审批次。", "There is no round " + id + ".");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
