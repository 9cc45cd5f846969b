package io.techpool.pool;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.techpool.PublishedPool;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The tests' profile puts two entries in a sitemap file, so the pool's entries need an index of parts. */
@QuarkusTest
class SitemapTest {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private static Document xml(String url) throws Exception {
        Response response = given().get(url);
        response.then().statusCode(200);
        assertThat(response.contentType()).startsWith("application/xml");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.asByteArray()));
    }

    private static List<Element> elements(Document xml, String name) {
        NodeList nodes = xml.getElementsByTagNameNS(SITEMAP, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static String loc(Element element) {
        return element.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent();
    }

    @Test
    void theSitemap_listsThePublicPages_andEveryPoolEntry_withTheirLanguageVersions() throws Exception {
        PublishedPool pool = PublishedPool.get();
        Document index = xml("/sitemap.xml");
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        List<String> parts =
                elements(index, "sitemap").stream().map(SitemapTest::loc).toList();
        assertThat(parts).hasSizeGreaterThanOrEqualTo(2).allMatch(p -> p.startsWith("http"));

        Map<String, Element> urls = new HashMap<>();
        for (String part : parts) {
            Document file = xml(part);
            assertThat(file.getDocumentElement().getLocalName()).isEqualTo("urlset");
            List<Element> its = elements(file, "url");
            assertThat(its.stream().filter(u -> loc(u).contains("/pool/"))).hasSizeLessThanOrEqualTo(2);
            its.forEach(u -> assertThat(urls.put(loc(u), u))
                    .as("listed once: %s", loc(u))
                    .isNull());
        }
        assertThat(urls.keySet())
                .allMatch(loc -> loc.startsWith("http"))
                .anyMatch(loc -> loc.endsWith("/pool/" + pool.sectionOnly))
                .anyMatch(loc -> loc.endsWith("/pool/" + pool.unrelated))
                .anyMatch(loc -> loc.endsWith("/industries"))
                .anyMatch(loc -> loc.endsWith("/chains/hydrogen-energy"))
                .anyMatch(loc -> loc.endsWith("/pool"));
        Element fit = urls.entrySet().stream()
                .filter(e -> e.getKey().endsWith("/pool/" + pool.fit))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
        assertThat(fit.getElementsByTagNameNS(SITEMAP, "lastmod").getLength()).isEqualTo(1);
        NodeList links = fit.getElementsByTagNameNS(XHTML, "link");
        List<String> alternates = new ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            alternates.add(link.getAttribute("hreflang") + " " + link.getAttribute("href"));
        }
        assertThat(alternates)
                .anyMatch(a -> a.startsWith("en ") && a.endsWith("/pool/" + pool.fit + "?lang=en"))
                .anyMatch(a -> a.startsWith("zh-CN ") && a.endsWith("/pool/" + pool.fit + "?lang=zh"));
    }

    @Test
    void aPartPastTheEnd_isNotFound() {
        given().get("/sitemap.xml?part=100000000").then().statusCode(404);
    }
}
