package io.techpool.pool;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.techpool.PublishedPool;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

@QuarkusTest
class PoolFeedResourceTest {

    private static Response feed(String lang) {
        Response response = given().get("/feeds/pool.atom" + (lang == null ? "" : "?lang=" + lang));
        response.then().statusCode(200);
        return response;
    }

    /** The body decoded as UTF-8 from the bytes, so a wrong charset would show as broken Chinese. */
    private static String body(Response response) {
        return new String(response.asByteArray(), StandardCharsets.UTF_8);
    }

    private static Feed parse(String xml) throws Exception {
        return (Feed) new WireFeedInput().build(new InputSource(new StringReader(xml)));
    }

    private static Entry entry(Feed feed, String id) {
        return feed.getEntries().stream()
                .filter(e -> e.getId().equals("urn:uuid:" + id))
                .findFirst()
                .orElseThrow();
    }

    /** The link of this media type among a feed's or entry's alternates. */
    private static String link(java.util.List<com.rometools.rome.feed.atom.Link> links, String type) {
        return links.stream()
                .filter(l -> type.equals(l.getType()))
                .map(com.rometools.rome.feed.atom.Link::getHref)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void feed_isAtomInChinese_byDefault_withTheEntrysTitleLinkAndCategories() throws Exception {
        PublishedPool pool = PublishedPool.get();
        Response response = feed(null);
        assertThat(response.contentType().replace(" ", "")).isEqualToIgnoringCase("application/atom+xml;charset=UTF-8");

        Feed feed = parse(body(response));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).isNotBlank();
        assertThat(feed.getUpdated()).isNotNull();
        Entry entry = entry(feed, pool.fit);
        assertThat(entry.getTitle()).isEqualTo("智能电网储能变流器");
        assertThat(entry.getSummary().getValue()).contains("钙钛矿");
        assertThat(entry.getUpdated()).isNotNull();
        assertThat(link(entry.getAlternateLinks(), "text/html")).endsWith("/pool/" + pool.fit);
        assertThat(link(entry.getAlternateLinks(), "text/html")).doesNotContain("/api/");
        assertThat(link(entry.getAlternateLinks(), "application/json")).endsWith("/api/v1/pool/" + pool.fit);
        assertThat(link(feed.getAlternateLinks(), "text/html")).endsWith("/pool");
        assertThat(entry.getCategories()).extracting(c -> c.getTerm()).containsExactly("C", "38");
        assertThat(entry.getCategories().get(1).getLabel()).isEqualTo("电气机械和器材制造业");
    }

    @Test
    void feed_isInEnglish_forLangEn_fallingBackToChineseWithoutATranslation() throws Exception {
        PublishedPool pool = PublishedPool.get();
        Feed feed = parse(body(feed("en")));

        assertThat(entry(feed, pool.fit).getTitle()).isEqualTo("Grid energy-storage converter");
        assertThat(link(entry(feed, pool.fit).getAlternateLinks(), "text/html"))
                .endsWith("/pool/" + pool.fit + "?lang=en");
        assertThat(entry(feed, pool.fit).getSummary().getValue()).contains("perovskite");
        assertThat(entry(feed, pool.fit).getCategories().get(1).getLabel())
                .isEqualTo("Manufacture of electrical machinery and equipment");
    }

    @Test
    void feed_neverCarriesTheContact() {
        PublishedPool.get();
        for (String lang : new String[] {"zh", "en"}) {
            assertThat(body(feed(lang)))
                    .doesNotContain("wangfang@example.org")
                    .doesNotContain("王芳")
                    .doesNotContain("931 891 2000");
        }
    }

    @Test
    void feed_returns400_forAnotherLanguage() {
        given().get("/feeds/pool.atom?lang=fr").then().statusCode(400).contentType("application/problem+json");
    }
}
