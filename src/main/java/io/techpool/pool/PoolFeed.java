package io.techpool.pool;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.techpool.industry.Industry;
import io.techpool.industry.IndustryCatalog;
import io.techpool.platform.Language;
import io.techpool.platform.Messages;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** The public Atom 1.0 feed of newly published pool entries, written by ROME, in one language. */
final class PoolFeed {

    /** How many of the newest entries the feed carries. */
    static final int SIZE = 50;

    /** How many upcoming events the feed announces beside the entries. */
    static final int ANNOUNCEMENTS = 10;

    /** The category of an announcement's entry (an upcoming event), told apart from the pool's entries. */
    static final String KIND_SCHEME = "urn:techpool:kind";

    static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";

    private static final String INDUSTRY_SCHEME = "urn:gb:t:4754-2017";

    private final IndustryCatalog industries;

    PoolFeed(IndustryCatalog industries) {
        this.industries = industries;
    }

    /**
     * The feed document. {@code base} is the application's root URI (links are absolute, so the feed can be
     * republished elsewhere); {@code now} is only used as {@code updated} of an empty feed.
     */
    String write(
            List<PoolEntry> newest,
            List<PoolAnnouncements.Announcement> events,
            Language language,
            URI base,
            URI self,
            OffsetDateTime now) {
        Feed feed = new Feed("atom_1.0");
        feed.setEncoding("UTF-8");
        feed.setLanguage(language == Language.EN ? "en" : "zh-CN");
        feed.setId("urn:techpool:pool:" + language.name().toLowerCase());
        Messages msg = language.messages();
        feed.setTitleEx(text(msg.feedTitle()));
        feed.setSubtitle(text(msg.feedSubtitle()));
        feed.setUpdated(date(newest.isEmpty() ? now : newest.getFirst().publishedAt));
        feed.setAuthors(List.of(person(msg.feedAuthor())));
        feed.setOtherLinks(List.of(link("self", self.toString(), MEDIA_TYPE)));
        // The pages first (what a feed reader opens), the JSON API beside them: alternates differ by type.
        feed.setAlternateLinks(List.of(
                link("alternate", page(base, "pool", language), "text/html"),
                link("alternate", base.resolve("api/v1/pool").toString(), "application/json")));
        List<Entry> all = new ArrayList<>();
        events.forEach(a -> all.add(announcement(a, language, base)));
        newest.forEach(e -> all.add(entry(e, language, base)));
        feed.setEntries(all);
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("the pool feed could not be written", e);
        }
    }

    private Entry entry(PoolEntry e, Language language, URI base) {
        Entry entry = new Entry();
        entry.setId("urn:uuid:" + e.id);
        entry.setTitleEx(text(language.pick(e.titleZh, e.titleEn)));
        entry.setSummary(text(language.pick(e.summaryZh, e.summaryEn)));
        entry.setUpdated(date(e.publishedAt));
        entry.setPublished(date(e.publishedAt));
        entry.setAuthors(List.of(person(language.pick(e.organizationNameZh, e.organizationNameEn))));
        entry.setAlternateLinks(List.of(
                link("alternate", page(base, "pool/" + e.id, language), "text/html"),
                link("alternate", base.resolve("api/v1/pool/" + e.id).toString(), "application/json")));
        List<Category> categories = new ArrayList<>();
        categories.add(category(e.section, industries.section(e.section), language));
        categories.add(category(e.division, industries.division(e.division), language));
        entry.setCategories(categories);
        return entry;
    }

    /** An upcoming event: its time first in the summary, a category saying it is an event, not a pool entry. */
    private static Entry announcement(PoolAnnouncements.Announcement a, Language language, URI base) {
        Entry entry = new Entry();
        entry.setId("urn:techpool:event:" + a.id());
        entry.setTitleEx(text(a.title()));
        entry.setSummary(text(a.when() + "\n" + a.summary()));
        entry.setUpdated(date(a.updatedAt()));
        entry.setPublished(date(a.updatedAt()));
        entry.setAlternateLinks(List.of(link("alternate", page(base, a.path(), language), "text/html")));
        Category kind = new Category();
        kind.setTerm("event");
        kind.setScheme(KIND_SCHEME);
        kind.setLabel(language.messages().feedEventCategory());
        entry.setCategories(List.of(kind));
        return entry;
    }

    /** A page's absolute URL in the feed's language (Chinese is the pages' default). */
    private static String page(URI base, String path, Language language) {
        return base.resolve(path) + (language == Language.EN ? "?lang=en" : "");
    }

    private static Category category(String code, Optional<Industry> industry, Language language) {
        Category category = new Category();
        category.setTerm(code);
        category.setScheme(INDUSTRY_SCHEME);
        industry.ifPresent(i -> category.setLabel(language.pick(i.nameZh(), i.nameEn())));
        return category;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static SyndPerson person(String name) {
        Person person = new Person();
        person.setName(name);
        return person;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static Date date(OffsetDateTime time) {
        return Date.from(time.toInstant());
    }
}
