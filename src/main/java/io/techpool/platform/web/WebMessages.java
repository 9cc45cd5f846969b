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
    String navMain();

    @Message
    String navPool();

    @Message
    String navIndustries();

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
}
