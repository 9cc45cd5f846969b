package io.techpool.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.techpool.Fixtures;
import io.techpool.PageClient;
import io.techpool.PublishedPool;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationPageTest {

    @Test
    void anOrganization_showsItsNameKindRegion_andItsPoolEntries() {
        PublishedPool pool = PublishedPool.get();
        Document page = PageClient.anonymous().page("/organizations/" + pool.owner);

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("测试大学" + pool.owner);
        assertThat(page.select(".facts").text()).contains("高等院校");
        assertThat(page.select("[data-entry-id]").eachAttr("data-entry-id"))
                .contains(pool.fit, pool.sectionOnly, pool.unrelated);
        assertThat(page.select("[data-entry-id=" + pool.fit + "] a").attr("href"))
                .isEqualTo("/pool/" + pool.fit);
    }

    @Test
    void anOrganization_isInEnglish_onLangEn() {
        PublishedPool pool = PublishedPool.get();
        Document page = PageClient.anonymous().in("en").page("/organizations/" + pool.owner);

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1").text()).isEqualTo("Test University " + pool.owner);
        assertThat(page.select(".facts").text()).contains("University");
    }

    @Test
    void anOrganizationWithoutEntries_saysSo() {
        String code = Fixtures.organization();
        Document page = PageClient.anonymous().page("/organizations/" + code);

        assertThat(page.select("[data-entry-id]")).isEmpty();
        assertThat(page.select(".empty")).hasSize(1);
    }

    @Test
    void anUnknownOrganization_isTheNotFoundPage() {
        PageClient.anonymous()
                .get("/organizations/NO-SUCH-ORG")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"));
    }
}
