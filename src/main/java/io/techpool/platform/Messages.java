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
}
