package io.techpool.event;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The promotion events' page texts: Chinese in {@code messages/events.properties} (the default), English in
 * {@code messages/events_en.properties}. Templates write {@code {events:navEvents}}; the page's language picks the file.
 * Generated from the Chinese file by {@code tools/web_messages.py}: add a key there, in both files, and rerun it.
 */
@MessageBundle("events")
public interface EventTexts {

    // Web pages: promotion events

    @Message
    String navEvents();

    @Message
    String eventsTitle();

    @Message
    String eventsPastTitle();

    @Message
    String eventsDescription();

    @Message
    String eventsIntro();

    @Message
    String eventsSubscribe();

    @Message
    String eventsTabs();

    @Message
    String eventsUpcoming();

    @Message
    String eventsPast();

    @Message
    String eventsNoneUpcoming();

    @Message
    String eventsNonePast();

    @Message
    String eventCancelled();

    @Message
    String eventOnline();

    @Message
    String eventOffline();

    @Message
    String eventPlacesLeft(long count);

    @Message
    String eventNoticeRegistered();

    @Message
    String eventNoticeWaiting(long n);

    @Message
    String eventNoticeUnregistered();

    @Message
    String eventWhen();

    @Message
    String eventPlace();

    @Message
    String eventDeadline();

    @Message
    String eventPlaces();

    @Message
    String eventCapacity(long count);

    @Message
    String eventRegisteredCount(long count);

    @Message
    String eventWaitingCount(long count);

    @Message
    String eventDownloadIcs();

    @Message
    String eventRegistration();

    @Message
    String eventYouAreRegistered();

    @Message
    String eventYouAreWaiting(long n);

    @Message
    String eventUnregister();

    @Message
    String eventRegister();

    @Message
    String eventJoinWaitingList();

    @Message
    String eventRegistrationClosed();

    @Message
    String eventSignInToRegister();

    @Message
    String eventRegistrationForInvestors();

    @Message
    String eventEntries();

    @Message
    String eventNoEntries();

    @Message
    String eventRequestMessage();

    @Message
    String eventRequestDefault(String title);

    @Message
    String eventRequestSend();

    @Message
    String eventLocalTime();

    @Message
    String eventRegistrants();

    @Message
    String eventRegistrantsHint();

    @Message
    String eventRegistrantsNone();

    @Message
    String eventTitle();

    @Message
    String eventPlacesLeftColumn();

    @Message
    String operatorEventsTitle();

    @Message
    String operatorEventNew();

    @Message
    String operatorEventEdit();

    @Message
    String operatorEventCreated();

    @Message
    String operatorEventSaved();

    @Message
    String operatorEventCancelledNotice();

    @Message
    String operatorEventPublicPage();

    @Message
    String operatorEventExport();

    @Message
    String operatorEventCancel();

    @Message
    String operatorEventRegistrations();

    @Message
    String operatorEventNoRegistrations();

    @Message
    String operatorEventSave();

    @Message
    String eventFieldTitleZh();

    @Message
    String eventFieldTitleEn();

    @Message
    String eventFieldDescriptionZh();

    @Message
    String eventFieldDescriptionEn();

    @Message
    String eventFieldKind();

    @Message
    String eventFieldPlace();

    @Message
    String eventFieldUrl();

    @Message
    String eventFieldTimeZone();

    @Message
    String eventFieldTimeZoneHint();

    @Message
    String eventFieldStartsAt();

    @Message
    String eventFieldEndsAt();

    @Message
    String eventFieldDeadline();

    @Message
    String eventFieldCapacity();

    @Message
    String eventFieldEntries();

    @Message
    String eventFieldEntriesHint();

    @Message
    String homeEvents();

    @Message
    String homeAllEvents();

    @Message
    String feedEventsLink();
}
