package io.techpool.platform;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Every text the product shows or mails, in one bundle: Chinese in {@code messages/msg.properties} (the default,
 * {@code quarkus.default-locale}), English in {@code messages/msg_en.properties}. Java calls these methods (through
 * {@link Text}, {@link Language#messages()} or {@link CurrentLanguage#messages()}); templates write
 * {@code {msg:achievementNotFound(id)}}; Bean Validation constraints name a key: {@code message = "{regionCode}"}.
 * A key is the method name; a parameter is {@code {name}} in the text.
 */
@MessageBundle("msg")
public interface Messages {

    // Problem titles, one per HTTP status

    @Message
    String titleBadRequest();

    @Message
    String titleUnauthorized();

    @Message
    String titleForbidden();

    @Message
    String titleNotFound();

    @Message
    String titleMethodNotAllowed();

    @Message
    String titleNotAcceptable();

    @Message
    String titleConflict();

    @Message
    String titlePayloadTooLarge();

    @Message
    String titleUnsupportedMediaType();

    @Message
    String titleTooManyRequests();

    @Message
    String titleServerError();

    // Problem details of the platform

    @Message
    String invalidFields();

    @Message
    String unreadableField();

    @Message
    String notJson();

    @Message
    String staleRecord();

    @Message
    String tokenRequired();

    @Message
    String roleForbids();

    @Message
    String noSuchResource();

    @Message
    String methodNotSupported();

    @Message
    String noAcceptableMediaType();

    @Message
    String bodyTooLarge();

    @Message
    String mediaTypeNotSupported();

    @Message
    String bodyUnreadable();

    @Message
    String cannotProcess();

    @Message
    String internalError();

    @Message
    String tooManyRequests(long seconds);

    @Message
    String bodyOverLimit(long limit);

    @Message
    String indexRebuildRunning();

    // Field errors any feature may give

    @Message
    String notAcceptedValue();

    @Message
    String mustBeOneOf(Object allowed);

    @Message
    String wrongTypeOrFormat();

    @Message
    String beyondSearchWindow(int window);

    @Message
    String notAnId();

    @Message
    String mustNotBeBlank();

    // The audit log's filters

    @Message
    String auditNotADateOrTime();

    @Message
    String auditToBeforeFrom();

    // Bean Validation messages: constraints name them as message = "{key}"

    @Message
    String organizationCodeFormat();

    @Message
    String regionCode();

    @Message
    String phoneNumber();

    @Message
    String divisionCode();

    @Message
    String sectionLetter();

    @Message
    String provinceOrRegion();

    @Message
    String chainId();

    @Message
    String jsonOrXlsx();

    // Organizations

    @Message
    String organizationExists(String code);

    @Message
    String organizationUnregistered(String code);

    @Message
    String organizationNotFound(String code);

    // Achievements

    @Message
    String achievementNotFound(String id);

    @Message
    String versionRequired();

    @Message
    String versionStale(Object given, Object current);

    @Message
    String achievementWrongStatus(Object status, Object required, String action);

    @Message
    String achievementActionReplace();

    @Message
    String achievementActionDelete();

    @Message
    String achievementActionSubmit();

    @Message
    String achievementActionWithdraw();

    @Message
    String achievementActionRevise();

    @Message
    String achievementRevisedAlready();

    @Message
    String achievementNotRevision();

    @Message
    String industryCodeNotDivision();

    @Message
    String registrationNumbersExhausted(String prefix, int year);

    // Review rules

    @Message
    String ruleSetNotFound(String id);

    @Message
    String ruleSetVersionNotFound(String id, int version);

    // Matchmaking

    @Message
    String poolEntryNotFound(String id);

    @Message
    String matchRequestNotFound(String id);

    @Message
    String matchOnlyPoolEntries();

    @Message
    String matchDuplicate();

    @Message
    String budgetMaxBelowMin();

    @Message
    String matchMessagesClosed(Object status, Object allowed);

    @Message
    String matchCannotMove(Object status, Object target, Object allowed);

    @Message
    String matchOwnerAnswers();

    @Message
    String matchPartiesOnly();

    // Mail

    @Message
    String mailGreeting();

    @Message
    String mailAnInvestor();

    @Message
    String mailNewRequestSubject(String title);

    @Message
    String mailNewRequest(String title, String from, String id);

    @Message
    String mailRequestWaitingSubject(String title);

    @Message
    String mailRequestWaiting(String title, String id, LocalDate since);

    @Message
    String mailRequestExpiredSubject(String title);

    @Message
    String mailRequestExpired(String title, String id);

    @Message
    String mailNewMessagesSubject(String title);

    @Message
    String mailNewMessages(String title, String id, int count);

    // Reviewers and reviews

    @Message
    String reviewerAlreadyRegistered(String username);

    @Message
    String notADivision();

    @Message
    String noSuchOrganization();

    @Message
    String noSuchReviewer();

    @Message
    String reviewNotFound(String id);

    @Message
    String reviewNotEditable(Object status);

    @Message
    String reviewDeadlinePassed(OffsetDateTime deadline);

    @Message
    String scoreRequired();

    @Message
    String atMostFourDecimals();

    @Message
    String scoreOutOfScale(BigDecimal min, BigDecimal max);

    // Rounds

    @Message
    String roundNotFound(String id);

    @Message
    String roundWrongStatus(Object status, String action, Object allowed);

    @Message
    String roundActionChange();

    @Message
    String roundActionCloseRegistration();

    @Message
    String roundActionAssign();

    @Message
    String roundActionCompute();

    @Message
    String roundActionPublish();

    @Message
    String reviewsStillOpen(long open, OffsetDateTime deadline);

    @Message
    String roundNothingToSimulate();

    @Message
    String roundNotComputed();

    @Message
    String feedbackNotYet();

    @Message
    String noSuchRuleSetVersion(String id, int version);

    @Message
    String mustBeInFuture();

    @Message
    String achievementNotInRound(String id);

    @Message
    String noAssignmentOfReviewer();

    @Message
    String onlyOpenAssignmentReplaced(Object status);

    @Message
    String refusalSameOrganization();

    @Message
    String refusalDeclaredConflictOrganization();

    @Message
    String refusalDeclaredConflictAchievement();

    @Message
    String refusalDeclinedBefore();

    @Message
    String refusalAlreadyAssigned();

    @Message
    String refusalAtLoadCap(int maxLoad);

    @Message
    String ruleSetGone(String id, int version);

    @Message
    String ruleSetChanged(String id, int version);

    @Message
    String shortfallTooFew(int eligible, String division, int atCap, int maxLoad);

    @Message
    String shortfallAllAtCap(int eligible, int maxLoad);

    @Message
    String shortfallSomeAtCap(int atCap, int eligible, int others, int maxLoad);

    // Pool, investors and saved searches

    @Message
    String trlMinAboveMax();

    @Message
    String notARoundId();

    @Message
    String trlMaxBelowMin();

    @Message
    String ticketMaxBelowMin();

    @Message
    String notSectionOrDivision();

    @Message
    String sectionOrDivisionCode();

    @Message
    String zhOrEn();

    @Message
    String savedSearchNotFound();

    @Message
    String feedTitle();

    @Message
    String feedSubtitle();

    @Message
    String feedAuthor();

    // Recommendation reasons

    @Message
    String reasonIndustryDivision(String name, String code);

    @Message
    String reasonIndustrySection(String name, String code);

    @Message
    String reasonTrlInRange(int trl, int min, int max);

    @Message
    String reasonTransferMode(List<String> modes);

    @Message
    String reasonHighComposite(String composite, String percentile);

    @Message
    String transferModeTransfer();

    @Message
    String transferModeLicense();

    @Message
    String transferModeEquity();

    @Message
    String transferModeCooperation();

    @Message
    String transferModeSelfImplementation();

    @Message
    String transferModeOther();

    @Message
    String levelInternationalLeading();

    @Message
    String levelInternationalAdvanced();

    @Message
    String levelDomesticLeading();

    @Message
    String levelDomesticAdvanced();

    @Message
    String levelNotEvaluated();

    @Message
    String ipKindInventionPatent();

    @Message
    String ipKindUtilityModel();

    @Message
    String ipKindDesign();

    @Message
    String ipKindSoftwareCopyright();

    @Message
    String ipKindIcLayout();

    @Message
    String ipKindPlantVariety();

    @Message
    String ipKindNewDrug();

    @Message
    String ipKindTechnicalSecret();

    @Message
    String ipKindOther();

    // Mail of reviews and saved searches

    @Message
    String mailReviewReminderSubject(String round);

    @Message
    String mailReviewerGreeting(String name);

    @Message
    String mailReviewReminder(String round, int open, String deadline);

    @Message
    String mailSavedSearchSubject(String name, int count);

    @Message
    String mailSavedSearch(String name);

    @Message
    String reviewerOrganizationNotYours();

    @Message
    String nulCharacter();

    @Message
    String unknownField();

    @Message
    String titleServiceUnavailable();

    @Message
    String searchUnavailable(long seconds);

    @Message
    String concurrentDuplicate();

    @Message
    String concurrentChange();

    @Message
    String valueNotStorable();

    @Message
    String nulInParameter();

    @Message
    String savedSearchLimit(int limit);

    @Message
    String reviewerEmailFromAccount();

    @Message
    String orgClaimTooLong(int max);

    // Key industry chains

    @Message
    String chainUnknown(String id);

    @Message
    String chainNotFound(String id);

    @Message
    String opportunitiesSheet();

    @Message
    String opportunityRank();

    @Message
    String opportunityTitle();

    @Message
    String opportunitySummary();

    @Message
    String opportunityOrganization();

    @Message
    String opportunityIndustry();

    @Message
    String opportunityTrl();

    @Message
    String opportunityTransferModes();

    @Message
    String opportunityAskingPrice();

    @Message
    String opportunityIpRights();

    @Message
    String opportunityComposite();

    @Message
    String opportunityLink();

    @Message
    String opportunityPriceOnRequest();

    // Promotion events

    @Message
    String eventNotFound(String id);

    @Message
    String eventEndsBeforeStart();

    @Message
    String eventDeadlineAfterStart();

    @Message
    String eventUrlRequired();

    @Message
    String eventPlaceRequired();

    @Message
    String timeZoneUnknown(String zone);

    @Message
    String eventEntryNotInPool(String id);

    @Message
    String eventCancelledAlready();

    @Message
    String eventOver();

    @Message
    String eventRegistrationClosed(String deadline);

    @Message
    String eventAlreadyRegistered();

    @Message
    String eventNotRegistered();

    @Message
    String eventCapacityBelowRegistered(long registered);

    @Message
    String eventRegistrationsNotYours();

    @Message
    String mailEventWhen(String starts);

    @Message
    String mailEventWhere(String where);

    @Message
    String mailEventIcs();

    @Message
    String mailEventRegisteredSubject(String title);

    @Message
    String mailEventRegistered(String title);

    @Message
    String mailEventPromotedSubject(String title);

    @Message
    String mailEventPromoted(String title);

    @Message
    String mailEventChangedSubject(String title);

    @Message
    String mailEventChanged(String title);

    @Message
    String mailEventCancelledSubject(String title);

    @Message
    String mailEventCancelled(String title);

    @Message
    String mailEventReminderSubject(String title);

    @Message
    String mailEventReminder(String title);

    @Message
    String eventsCalendarName();

    @Message
    String eventColumnName();

    @Message
    String eventColumnOrganization();

    @Message
    String eventColumnEmail();

    @Message
    String eventColumnStatus();

    @Message
    String eventColumnPosition();

    @Message
    String eventColumnRegisteredAt();

    @Message
    String eventSheetRegistrations();

    @Message
    String registrationStatusRegistered();

    @Message
    String registrationStatusWaiting();

    @Message
    String xlsxOnly();

    @Message
    String feedEventCategory();

    @Message
    String sourceEventOnlyForEvents();

    String databaseUnavailable(long seconds);

    // Excel import and export

    @Message
    String typeAppliedTechnology();

    @Message
    String typeBasicTheory();

    @Message
    String typeSoftScience();

    @Message
    String stageEarly();

    @Message
    String stageMiddle();

    @Message
    String stageMature();

    @Message
    String innovationOriginal();

    @Message
    String innovationImportedAbsorbed();

    @Message
    String innovationSecondaryDevelopment();

    @Message
    String statusDraft();

    @Message
    String statusSubmitted();

    @Message
    String statusWithdrawn();

    @Message
    String statusUnderReview();

    @Message
    String statusInPool();

    @Message
    String statusNotSelected();

    @Message
    String importNoFile();

    @Message
    String importUnsupportedFile();

    @Message
    String importUnreadable();

    @Message
    String importFileTooLarge(long limit);

    @Message
    String importUnpackedTooLarge(long limit);

    @Message
    String importTooManyRows(long limit);

    @Message
    String importTooManyMergedRanges(long limit);

    @Message
    String importNoHeader(int rows);

    @Message
    String importNoRows();

    @Message
    String importRejected(int errors);

    @Message
    String importUnknownColumn(String header);

    @Message
    String importDuplicateColumn(String header);

    @Message
    String importCellError(String value);

    @Message
    String importIpRightFormat();

    @Message
    String importTeamFormat();

    @Message
    String importJobNotFound(String id);

    @Message
    String importJobInterrupted();

    @Message
    String exportUnknownFormat();

    @Message
    String csrfTokenMissing();
}
