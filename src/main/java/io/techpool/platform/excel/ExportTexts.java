package io.techpool.platform.excel;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The spreadsheet exports' headers and labels (Java reads them with {@code Language.bundle}): Chinese in {@code messages/exports.properties} (the default), English in
 * {@code messages/exports_en.properties}. Templates write {@code {exports:colTitle}}; the page's language picks the file.
 * Generated from the Chinese file by {@code tools/web_messages.py}: add a key there, in both files, and rerun it.
 */
@MessageBundle("exports")
public interface ExportTexts {

    // Values shared by the exports

    @Message
    String yes();

    @Message
    String no();

    @Message
    String colAchievementId();

    @Message
    String colRegistrationNumber();

    @Message
    String colTitle();

    @Message
    String colSummary();

    @Message
    String colOrganization();

    @Message
    String colOrganizationCode();

    @Message
    String colSection();

    @Message
    String colSectionName();

    @Message
    String colDivision();

    @Message
    String colDivisionName();

    @Message
    String colTrl();

    @Message
    String colLevel();

    @Message
    String colTransferModes();

    @Message
    String colIpKinds();

    @Message
    String colChains();

    @Message
    String colMarketPotential();

    @Message
    String colEconomicValue();

    @Message
    String colTechnicalContent();

    @Message
    String colComposite();

    @Message
    String colPercentile();

    @Message
    String colIndustryRank();

    @Message
    String colSubmittedReviews();

    @Message
    String colSelected();

    @Message
    String colReason();

    @Message
    String colFlags();

    @Message
    String colRoundName();

    @Message
    String colPublished();

    @Message
    String reasonSelected();

    @Message
    String reasonBelowCutoff();

    @Message
    String reasonBelowMinComposite();

    @Message
    String reasonInsufficientReviews();

    @Message
    String flagDisagreement();

    // A round's result

    @Message
    String roundResultSheet();

    @Message
    String colRank();

    // A saved search's results

    @Message
    String savedSearchSheet();

    @Message
    String colPoolEntryId();

    // A round's review progress

    @Message
    String progressSummarySheet();

    @Message
    String progressAchievementsSheet();

    @Message
    String progressReviewersSheet();

    @Message
    String progressOpenSheet();

    @Message
    String progressItem();

    @Message
    String progressValue();

    @Message
    String progressRoundStatus();

    @Message
    String progressDeadline();

    @Message
    String progressAsOf();

    @Message
    String progressAchievements();

    @Message
    String progressFullyAssigned();

    @Message
    String progressReviewsOpen();

    @Message
    String progressReviewsOverdue();

    @Message
    String progressReviewersOverdue();

    @Message
    String colAssigned();

    @Message
    String colSubmitted();

    @Message
    String colOpen();

    @Message
    String colOverdue();

    @Message
    String colDeclined();

    @Message
    String colStillNeeded();

    @Message
    String colReviewerName();

    @Message
    String colReviewerUsername();

    @Message
    String colReviewerEmail();

    @Message
    String colReviewerOrganization();

    @Message
    String colAssignedAt();

    @Message
    String colDraftSavedAt();

    @Message
    String colRemindedAt();

    @Message
    String colOldestOpen();

    @Message
    String flagUnderAssigned();

    @Message
    String flagDeclined();

    @Message
    String flagInsufficientReviews();

    @Message
    String roundOpen();

    @Message
    String roundReviewing();

    @Message
    String roundComputed();

    @Message
    String roundPublished();

    // The pool by industry

    @Message
    String poolSheet();

    // The matchmaking funnel

    @Message
    String funnelSummarySheet();

    @Message
    String funnelStatusSheet();

    @Message
    String funnelSectionSheet();

    @Message
    String funnelRoundSheet();

    @Message
    String funnelSourceSheet();

    @Message
    String funnelEventSheet();

    @Message
    String funnelScope();

    @Message
    String funnelAllRounds();

    @Message
    String funnelTotal();

    @Message
    String funnelConversion();

    @Message
    String funnelMedianHours();

    @Message
    String colStatus();

    @Message
    String colRequests();

    @Message
    String colDeals();

    @Message
    String colShare();

    @Message
    String colRoundId();

    @Message
    String colSource();

    @Message
    String colEventId();

    @Message
    String matchRequested();

    @Message
    String matchAccepted();

    @Message
    String matchDeclined();

    @Message
    String matchExpired();

    @Message
    String matchInTalks();

    @Message
    String matchDealSigned();

    @Message
    String matchClosed();

    @Message
    String sourceSearch();

    @Message
    String sourceRecommendation();

    @Message
    String sourceEvent();

    @Message
    String sourceOther();

    // An institution's feedback

    @Message
    String feedbackSheet();

    @Message
    String feedbackCommentsSheet();

    @Message
    String colCutoff();

    @Message
    String colComment();
}
