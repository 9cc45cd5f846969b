package io.techpool.platform.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The web pages' texts: Chinese in {@code messages/web.properties} (the default), English in
 * {@code messages/web_en.properties}. Templates write {@code {web:navPool}}; the page's language picks the file.
 * Generated from the Chinese file by {@code tools/web_messages.py}: add a key there, in both files, and rerun it.
 */
@MessageBundle("web")
public interface WebMessages {

    // Web pages: layout

    @Message
    String siteName();

    @Message
    String siteTagline();

    @Message
    String siteDescription();

    @Message
    String pageSkipToContent();

    @Message
    String pageSearchLabel();

    @Message
    String pageSearchPlaceholder();

    @Message
    String pageSearch();

    @Message
    String navWorkspace();

    @Message
    String navMain();

    @Message
    String navPool();

    @Message
    String navIndustries();

    @Message
    String navChains();

    @Message
    String navRecommendations();

    @Message
    String navSavedSearches();

    @Message
    String navRequests();

    @Message
    String navProfile();

    @Message
    String navSignIn();

    @Message
    String navSignOut();

    @Message
    String navOperator();

    @Message
    String navAudit();

    @Message
    String languageSwitch();

    @Message
    String feedTitle();

    @Message
    String feedLink();

    @Message
    String apiDocs();

    @Message
    String backHome();

    @Message
    String meTitle();

    @Message
    String meSignedInAs(String name);

    @Message
    String meInstitutionLater();

    @Message
    String meReviewerLater();

    @Message
    String meOperatorLater();

    @Message
    String meInstitution();

    @Message
    String meExportAchievements();

    @Message
    String meExportFeedback();

    @Message
    String meExportFunnel();

    // Investor pages

    @Message
    String investorProfileTitle();

    @Message
    String investorProfileIntro();

    @Message
    String investorIndustries();

    @Message
    String investorIndustriesHint();

    @Message
    String investorIndustryFilter();

    @Message
    String investorIndustryFilterPlaceholder();

    @Message
    String investorIndustryNone();

    @Message
    String investorTrlMin();

    @Message
    String investorTrlMax();

    @Message
    String investorTrlHint();

    @Message
    String investorTicketMin();

    @Message
    String investorTicketMax();

    @Message
    String investorTransferModes();

    @Message
    String investorProfileSave();

    @Message
    String investorProfileSaved();

    @Message
    String investorTrlValue(String trl);

    @Message
    String recommendationsTitle();

    @Message
    String recommendationsNoProfile();

    @Message
    String recommendationsSetProfile();

    @Message
    String recommendationsNone();

    @Message
    String recommendationsEditProfile();

    @Message
    String recommendationsIntro();

    @Message
    String recommendationsFit(String fit);

    @Message
    String pagerLabel();

    @Message
    String pagerPrevious();

    @Message
    String pagerNext();

    @Message
    String pagerPosition(long page, long pages);

    @Message
    String formCancel();

    @Message
    String savedSearchesTitle();

    @Message
    String savedSearchesIntro();

    @Message
    String savedSearchNewForm();

    @Message
    String savedSearchesNone();

    @Message
    String savedSearchesGoSearch();

    @Message
    String savedSearchSaved();

    @Message
    String savedSearchDeleted();

    @Message
    String savedSearchNewCount(long count);

    @Message
    String savedSearchText(String q);

    @Message
    String savedSearchTrlRange(String min, String max);

    @Message
    String savedSearchTrlFrom(String min);

    @Message
    String savedSearchTrlTo(String max);

    @Message
    String savedSearchEverything();

    @Message
    String savedSearchSince(String date);

    @Message
    String savedSearchDelete();

    @Message
    String savedSearchExport();

    @Message
    String savedSearchFormTitle();

    @Message
    String savedSearchName();

    @Message
    String savedSearchQuery();

    @Message
    String savedSearchFilters();

    @Message
    String savedSearchSave();

    @Message
    String savedSearchesBack();

    @Message
    String savedSearchNewSinceLastVisit(long count);

    @Message
    String savedSearchNothingNew();

    @Message
    String savedSearchNoMatches();

    @Message
    String savedSearchNewBadge();

    @Message
    String requestsTitle();

    @Message
    String requestsNone();

    @Message
    String requestsEntry();

    @Message
    String requestsStatus();

    @Message
    String requestsDate();

    @Message
    String requestsUnread();

    @Message
    String requestsBack();

    @Message
    String matchStatus(String status);

    @Message
    String matchAction(String status);

    @Message
    String requestFormTitle();

    @Message
    String requestFormFor();

    @Message
    String requestFormIntro();

    @Message
    String requestMessage();

    @Message
    String requestTransferMode();

    @Message
    String requestTransferModeAny();

    @Message
    String requestBudgetMin();

    @Message
    String requestBudgetMax();

    @Message
    String requestBudgetHint();

    @Message
    String requestSend();

    @Message
    String requestSent();

    @Message
    String requestStatusChanged();

    @Message
    String requestSentOn(String date);

    @Message
    String requestOpenEntry();

    @Message
    String requestYourMessage();

    @Message
    String requestTransferModeValue(String mode);

    @Message
    String requestBudgetMinValue(String amount);

    @Message
    String requestBudgetMaxValue(String amount);

    @Message
    String requestDeclineReason();

    @Message
    String requestThread();

    @Message
    String requestThreadEmpty();

    @Message
    String requestYou();

    @Message
    String requestTeam();

    @Message
    String requestWrite();

    @Message
    String requestSendMessage();

    @Message
    String requestThreadClosed();

    @Message
    String requestContact();

    @Message
    String requestContactName();

    @Message
    String requestContactPhone();

    @Message
    String requestContactEmail();

    @Message
    String requestContactHidden();

    @Message
    String requestNextSteps();

    @Message
    String requestDealValue();

    // Pool pages

    @Message
    String homeTitle();

    @Message
    String homeFigures();

    @Message
    String homeTotal(long total);

    @Message
    String homeNewest();

    @Message
    String homeAllEntries();

    @Message
    String homeEmpty();

    @Message
    String trlValue(long n);

    @Message
    String searchTitle();

    @Message
    String searchTitleFor(String q);

    @Message
    String searchDescription();

    @Message
    String searchFilters();

    @Message
    String searchQuery();

    @Message
    String searchApply();

    @Message
    String searchTrl();

    @Message
    String searchTrlMin();

    @Message
    String searchTrlMax();

    @Message
    String searchTrlAny();

    @Message
    String searchTrlOption(long n, long count);

    @Message
    String searchHits(long count);

    @Message
    String searchSort();

    @Message
    String sortScore();

    @Message
    String sortNewest();

    @Message
    String sortTrl();

    @Message
    String searchActive();

    @Message
    String searchRemoveFilter(String label);

    @Message
    String searchClear();

    @Message
    String searchEmpty();

    @Message
    String searchEmptyHint();

    @Message
    String searchEmptyNoFilters();

    @Message
    String pagerPage(long page);

    @Message
    String saveSearchHeading();

    @Message
    String saveSearchName();

    @Message
    String saveSearchHint();

    @Message
    String saveSearchSubmit();

    @Message
    String saveSearchSignIn();

    @Message
    String saveSearchInvestorsOnly();

    @Message
    String savedSearchDefaultName();

    @Message
    String facetSection();

    @Message
    String facetIndustry();

    @Message
    String facetTransferMode();

    @Message
    String facetLevel();

    @Message
    String facetIpKind();

    @Message
    String facetRegion();

    @Message
    String facetRound();

    @Message
    String facetChain();

    @Message
    String filterQuery(String q);

    @Message
    String filterTrlMin(String level);

    @Message
    String filterTrlMax(String level);

    @Message
    String filterValue(String facet, String value);

    @Message
    String entrySummary();

    @Message
    String entryPublishedOn(String date);

    @Message
    String entryRegistrationNumber();

    @Message
    String entryIndustry();

    @Message
    String entryTrl();

    @Message
    String entryLevel();

    @Message
    String entryKeywords();

    @Message
    String entryTransferModes();

    @Message
    String entryAskingPrice();

    @Message
    String entryPriceOnRequest();

    @Message
    String entryRound();

    @Message
    String entryIpRights();

    @Message
    String entryTeam();

    @Message
    String entryScores();

    @Message
    String entryScoresChart();

    @Message
    String entryPercentile();

    @Message
    String entryIndustryRank(String industry, long rank);

    @Message
    String entrySimilar();

    @Message
    String scoreMarketPotential();

    @Message
    String scoreEconomicValue();

    @Message
    String scoreTechnicalContent();

    @Message
    String scoreComposite();

    @Message
    String requestHeading();

    @Message
    String requestHint();

    @Message
    String requestSubmit();

    @Message
    String requestSignIn();

    @Message
    String industriesTitle();

    @Message
    String industriesDescription();

    @Message
    String industriesLead();

    @Message
    String industriesExport();

    @Message
    String industriesCount(long count);

    @Message
    String industriesEmpty();

    @Message
    String industryDivision();

    @Message
    String industryEntries();

    @Message
    String sectionDescription(String name);

    @Message
    String divisionDescription(String name);

    @Message
    String divisionLead();

    @Message
    String divisionRank();

    @Message
    String divisionEntry();

    @Message
    String divisionOrganization();

    @Message
    String divisionMore(long count);

    @Message
    String breadcrumb();

    @Message
    String organizationDescription(String name, long count);

    @Message
    String organizationKind();

    @Message
    String organizationKindUniversity();

    @Message
    String organizationKindInstitute();

    @Message
    String organizationKindEnterprise();

    @Message
    String organizationKindInvestor();

    @Message
    String organizationKindOther();

    @Message
    String organizationRegion();

    @Message
    String organizationEntries(long count);

    @Message
    String organizationNoEntries();

    @Message
    String searchInvalid();

    @Message
    String savedSearchesCount(long count, long total);

    @Message
    String savedSearchesFull();

    @Message
    String investorEmailUnverified();

    // Key industry chain pages

    @Message
    String chainsDescription();

    @Message
    String chainsLead();

    @Message
    String chainsHomeLead();

    @Message
    String chainsAll();

    @Message
    String chainDivisions();

    @Message
    String chainKeywords();

    @Message
    String chainOpportunitiesTitle(String name);

    @Message
    String chainOpportunitiesDescription(String name, long count);

    @Message
    String chainOpportunitiesLead();

    @Message
    String chainDownload();

    @Message
    String chainSearch();

    @Message
    String chainEmpty();

    @Message
    String chainMore(long count);

    @Message
    String chainRank();

    @Message
    String chainTrl();

    @Message
    String chainTransferModes();

    @Message
    String chainAskingPrice();

    @Message
    String chainIpRights();

    // Audit log (operators)

    @Message
    String auditTitle();

    @Message
    String auditIntro();

    @Message
    String auditAction();

    @Message
    String auditActionAll();

    @Message
    String auditActor();

    @Message
    String auditActorHint();

    @Message
    String auditSubject();

    @Message
    String auditFrom();

    @Message
    String auditTo();

    @Message
    String auditApply();

    @Message
    String auditCount(long count);

    @Message
    String auditExport();

    @Message
    String auditNone();

    @Message
    String auditAt();

    @Message
    String auditAddress();

    @Message
    String auditDetails();

    @Message
    String auditSystem();

    // Achievement import page (achievement/AchievementImportPage)

    @Message
    String navImport();

    @Message
    String importTitle();

    @Message
    String importIntro();

    @Message
    String importTemplates();

    @Message
    String importTemplateXlsx();

    @Message
    String importTemplateCsv();

    @Message
    String importFile();

    @Message
    String importLimits();

    @Message
    String importFileName(String name);

    @Message
    String importCheck();

    @Message
    String importCreate();

    @Message
    String importBackground();

    @Message
    String importChecked();

    @Message
    String importCheckedRows(long count);

    @Message
    String importCreated();

    @Message
    String importCreatedRows(long count);

    @Message
    String importErrors();

    @Message
    String importRejected(long count);

    @Message
    String importRow();

    @Message
    String importColumn();

    @Message
    String importField();

    @Message
    String importMessage();

    @Message
    String importAchievement();

    @Message
    String importJobTitle();

    @Message
    String importJobRunning(long count, long total);

    @Message
    String importAgain();
}
