package io.techpool.pool;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.techpool.PublishedPool;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@QuarkusTest
class SitemapTest {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    @Test
    void theSitemap_listsThePublicPages_andEveryPoolEntry_withTheirLanguageVersions() throws Exception {
        PublishedPool pool = PublishedPool.get();
        Response response = given().get("/sitemap.xml");
        response.then().statusCode(200);
        assertThat(response.contentType()).startsWith("application/xml");

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.asByteArray()));
        NodeList urls = xml.getElementsByTagNameNS(SITEMAP, "url");
        List<String> locations = new ArrayList<>();
        Element fit = null;
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            String loc = url.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent();
            locations.add(loc);
            if (loc.endsWith("/pool/" + pool.fit)) {
                fit = url;
            }
        }
        assertThat(locations).allMatch(loc -> loc.startsWith("http"));
        assertThat(locations)
                .anyMatch(loc -> loc.endsWith("/pool/" + pool.sectionOnly))
                .anyMatch(loc -> loc.endsWith("/pool/" + pool.unrelated))
                .anyMatch(loc -> loc.endsWith("/industries"))
                .anyMatch(loc -> loc.endsWith("/pool"));
        assertThat(fit).isNotNull();
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
}
