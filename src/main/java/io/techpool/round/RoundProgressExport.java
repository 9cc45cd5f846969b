package io.techpool.round;

import io.techpool.achievement.AchievementService;
import io.techpool.achievement.RoundEntry;
import io.techpool.platform.Language;
import io.techpool.platform.TechPoolConfig;
import io.techpool.platform.excel.ExportTexts;
import io.techpool.platform.excel.SheetWriter;
import io.techpool.review.Assignment;
import io.techpool.review.AssignmentFollowUp;
import io.techpool.review.RoundReviews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;

/**
 * A round's review progress as {@code .xlsx} for the operator who chases late reviews (GET
 * /api/v1/rounds/{id}/progress/export): a summary; per achievement the figures of {@code GET …/progress} plus
 * how many of its reviews are overdue and how many submitted reviews it still lacks; per reviewer their open,
 * overdue and declined reviews with e-mail and last reminder, those with overdue reviews first; and every open
 * review, who has it and since when. A review is overdue when it is still open after the round's deadline.
 * Reviewer identities are in this operator export only, never in what owners get back.
 */
@ApplicationScoped
class RoundProgressExport {

    @Inject
    RoundProgress progress;

    @Inject
    RoundLifecycle rounds;

    @Inject
    RoundReviews reviews;

    @Inject
    AchievementService achievements;

    @Inject
    TechPoolConfig config;

    @Inject
    Clock clock;

    /** What the export shows, read in the request before the answer starts (a failure is still a problem). */
    record Loaded(
            String roundName,
            RoundRecords.Progress progress,
            int requiredReviews,
            Map<UUID, RoundEntry> entries,
            List<AssignmentFollowUp> assignments,
            OffsetDateTime now) {

        boolean overdue(AssignmentFollowUp a) {
            return a.is(Assignment.Status.OPEN)
                    && progress.reviewDeadline() != null
                    && !now.isBefore(progress.reviewDeadline());
        }
    }

    Loaded load(String id) {
        RoundRecords.Progress figures = progress.progress(id); // 404 for an unknown round
        Round round = rounds.find(id);
        Map<UUID, RoundEntry> entries =
                achievements.inRound(round.id).stream().collect(Collectors.toMap(RoundEntry::id, Function.identity()));
        return new Loaded(
                round.name,
                figures,
                rounds.rulesOf(round).reviews().required(),
                entries,
                reviews.followUps(round.id),
                OffsetDateTime.now(clock));
    }

    void write(OutputStream out, Loaded loaded, Language language) throws IOException {
        ExportTexts t = language.bundle(ExportTexts.class);
        Workbook workbook = new Workbook(out, "TechPool", "1.0");
        summary(new SheetWriter(workbook.newWorksheet(t.progressSummarySheet())).zone(config.timeZone()), loaded, t);
        perAchievement(new SheetWriter(workbook.newWorksheet(t.progressAchievementsSheet())), loaded, language, t);
        perReviewer(
                new SheetWriter(workbook.newWorksheet(t.progressReviewersSheet())).zone(config.timeZone()), loaded, t);
        openReviews(
                new SheetWriter(workbook.newWorksheet(t.progressOpenSheet())).zone(config.timeZone()),
                loaded,
                language,
                t);
        workbook.finish();
    }

    private static void summary(SheetWriter sheet, Loaded loaded, ExportTexts t) {
        RoundRecords.Progress p = loaded.progress();
        long overdue = loaded.assignments().stream().filter(loaded::overdue).count();
        long lateReviewers = loaded.assignments().stream()
                .filter(loaded::overdue)
                .map(AssignmentFollowUp::reviewerId)
                .distinct()
                .count();
        sheet.header(List.of(t.progressItem(), t.progressValue()));
        sheet.row(List.of(t.colRoundName(), loaded.roundName()));
        sheet.row(List.of(t.progressRoundStatus(), status(p.status(), t)));
        sheet.row(Arrays.asList(t.progressDeadline(), p.reviewDeadline()));
        sheet.row(List.of(t.progressAsOf(), loaded.now()));
        sheet.row(List.of(t.progressAchievements(), p.achievements()));
        sheet.row(List.of(t.progressFullyAssigned(), p.fullyAssigned()));
        sheet.row(List.of(t.colSubmitted(), p.reviewsSubmitted()));
        sheet.row(List.of(t.progressReviewsOpen(), p.reviewsOpen()));
        sheet.row(List.of(t.progressReviewsOverdue(), overdue));
        sheet.row(List.of(t.progressReviewersOverdue(), lateReviewers));
    }

    /** In the order of {@code GET …/progress} (registration order), each with its overdue and missing reviews. */
    private static void perAchievement(SheetWriter sheet, Loaded loaded, Language language, ExportTexts t) {
        Map<UUID, Long> overdue = loaded.assignments().stream()
                .filter(loaded::overdue)
                .collect(Collectors.groupingBy(AssignmentFollowUp::achievementId, Collectors.counting()));
        sheet.header(List.of(
                t.colAchievementId(),
                t.colRegistrationNumber(),
                t.colTitle(),
                t.colOrganizationCode(),
                t.colDivision(),
                t.colAssigned(),
                t.colSubmitted(),
                t.colOpen(),
                t.colOverdue(),
                t.colDeclined(),
                t.colStillNeeded(),
                t.colFlags()));
        for (RoundRecords.AchievementProgress a : loaded.progress().perAchievement()) {
            UUID id = UUID.fromString(a.achievementId());
            RoundEntry entry = loaded.entries().get(id);
            sheet.row(Arrays.asList(
                    a.achievementId(),
                    a.registrationNumber(),
                    entry == null ? a.title() : language.pick(entry.titleZh(), entry.titleEn()),
                    entry == null ? null : entry.organizationCode(),
                    entry == null ? null : entry.industryCode(),
                    a.assigned(),
                    a.submitted(),
                    a.open(),
                    overdue.getOrDefault(id, 0L),
                    a.declined(),
                    Math.max(0, loaded.requiredReviews() - a.submitted()),
                    ResultLabels.flags(a.flags(), t)));
        }
    }

    /** One row per reviewer: the most overdue first, then the most open, then by user name. */
    private static void perReviewer(SheetWriter sheet, Loaded loaded, ExportTexts t) {
        Map<UUID, List<AssignmentFollowUp>> byReviewer = loaded.assignments().stream()
                .collect(
                        Collectors.groupingBy(AssignmentFollowUp::reviewerId, LinkedHashMap::new, Collectors.toList()));
        record Line(AssignmentFollowUp who, long open, long overdue, long submitted, long declined, List<?> row) {}
        List<Line> lines = new ArrayList<>();
        for (List<AssignmentFollowUp> theirs : byReviewer.values()) {
            AssignmentFollowUp who = theirs.getFirst();
            long open =
                    theirs.stream().filter(a -> a.is(Assignment.Status.OPEN)).count();
            long overdue = theirs.stream().filter(loaded::overdue).count();
            long submitted = theirs.stream()
                    .filter(a -> a.is(Assignment.Status.SUBMITTED))
                    .count();
            long declined = theirs.stream()
                    .filter(a -> a.is(Assignment.Status.DECLINED))
                    .count();
            OffsetDateTime reminded = theirs.stream()
                    .filter(a -> a.is(Assignment.Status.OPEN))
                    .map(AssignmentFollowUp::remindedAt)
                    .filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            OffsetDateTime oldestOpen = theirs.stream()
                    .filter(a -> a.is(Assignment.Status.OPEN))
                    .map(AssignmentFollowUp::assignedAt)
                    .min(Comparator.naturalOrder())
                    .orElse(null);
            lines.add(new Line(
                    who,
                    open,
                    overdue,
                    submitted,
                    declined,
                    Arrays.asList(
                            who.reviewerName(),
                            who.reviewerUsername(),
                            who.reviewerEmail(),
                            who.reviewerOrganization(),
                            open + submitted,
                            submitted,
                            open,
                            overdue,
                            declined,
                            oldestOpen,
                            reminded)));
        }
        sheet.header(List.of(
                t.colReviewerName(),
                t.colReviewerUsername(),
                t.colReviewerEmail(),
                t.colReviewerOrganization(),
                t.colAssigned(),
                t.colSubmitted(),
                t.colOpen(),
                t.colOverdue(),
                t.colDeclined(),
                t.colOldestOpen(),
                t.colRemindedAt()));
        lines.stream()
                .sorted(Comparator.comparingLong(Line::overdue)
                        .reversed()
                        .thenComparing(Comparator.comparingLong(Line::open).reversed())
                        .thenComparing(l -> String.valueOf(l.who().reviewerUsername())))
                .forEach(l -> sheet.row(l.row()));
    }

    /** Every open review, by reviewer (as the reviewers' sheet names them) and time of assignment. */
    private static void openReviews(SheetWriter sheet, Loaded loaded, Language language, ExportTexts t) {
        sheet.header(List.of(
                t.colReviewerName(),
                t.colReviewerUsername(),
                t.colReviewerEmail(),
                t.colAchievementId(),
                t.colRegistrationNumber(),
                t.colTitle(),
                t.colAssignedAt(),
                t.colDraftSavedAt(),
                t.colRemindedAt(),
                t.colOverdue()));
        for (AssignmentFollowUp a : loaded.assignments()) {
            if (!a.is(Assignment.Status.OPEN)) {
                continue;
            }
            RoundEntry entry = loaded.entries().get(a.achievementId());
            sheet.row(Arrays.asList(
                    a.reviewerName(),
                    a.reviewerUsername(),
                    a.reviewerEmail(),
                    a.achievementId().toString(),
                    entry == null ? null : entry.registrationNumber(),
                    entry == null ? null : language.pick(entry.titleZh(), entry.titleEn()),
                    a.assignedAt(),
                    a.savedAt(),
                    a.remindedAt(),
                    loaded.overdue(a) ? t.yes() : t.no()));
        }
    }

    private static String status(Round.Status status, ExportTexts t) {
        return switch (status) {
            case OPEN -> t.roundOpen();
            case REVIEWING -> t.roundReviewing();
            case COMPUTED -> t.roundComputed();
            case PUBLISHED -> t.roundPublished();
        };
    }
}
