package io.techpool.matchmaking;

import static io.techpool.matchmaking.MatchFixtures.caller;
import static io.techpool.matchmaking.MatchFixtures.investor;
import static io.techpool.matchmaking.MatchFixtures.investorToken;
import static io.techpool.matchmaking.MatchFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.techpool.Tokens;
import io.techpool.Workbooks;
import io.techpool.Workbooks.Sheet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /api/v1/matchmaking/funnel/export: the funnel's figures as .xlsx, the same as the JSON funnel. */
@QuarkusTest
class FunnelExportTest {

    /** A fresh round's entry with three requests: one signed, one declined, one waiting. */
    private static MatchFixtures aRoundWithThreeRequests() {
        MatchFixtures pool = MatchFixtures.fresh();
        String owner = Tokens.institution(pool.owner);
        String signer = investor();
        String signed = request(signer, pool.entry, "签约");
        String declined = request(investor(), pool.entry, "拒绝");
        request(investor(), pool.entry, "等待");
        caller(owner)
                .post("/api/v1/match-requests/" + signed + "/accept")
                .then()
                .statusCode(200);
        caller(owner)
                .body(Map.of())
                .post("/api/v1/match-requests/" + declined + "/decline")
                .then()
                .statusCode(200);
        for (String status : new String[] {"IN_TALKS", "DEAL_SIGNED"}) {
            caller(investorToken(signer))
                    .body(Map.of("status", status))
                    .post("/api/v1/match-requests/" + signed + "/status")
                    .then()
                    .statusCode(200);
        }
        return pool;
    }

    @Test
    void export_ofOneRound_holdsTheFunnelsFigures_byStatusSectionRoundAndSource_inEnglish() {
        MatchFixtures pool = aRoundWithThreeRequests();
        JsonPath json = caller(Tokens.operator())
                .queryParam("round", pool.round)
                .get("/api/v1/matchmaking/funnel")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String roundName = caller(Tokens.operator())
                .get("/api/v1/rounds/" + pool.round)
                .then()
                .statusCode(200)
                .extract()
                .path("name");

        Map<String, Sheet> sheets = Workbooks.download(
                Tokens.operator(), "en", "/api/v1/matchmaking/funnel/export?format=xlsx&round=" + pool.round);

        assertThat(sheets).containsOnlyKeys("Summary", "By status", "By section", "By round", "By source", "By event");
        Sheet summary = sheets.get("Summary");
        assertThat(summary.rowWith(0, "Scope").get(1)).isEqualTo(roundName);
        assertThat(summary.rowWith(0, "Match requests").get(1)).isEqualTo("3");
        assertThat(Double.parseDouble(
                        summary.rowWith(0, "Conversion to a signed deal").get(1)))
                .isCloseTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        Sheet byStatus = sheets.get("By status");
        assertThat(byStatus.header()).containsExactly("Status", "Match requests", "Share");
        assertThat(byStatus.data()).hasSize(7);
        assertThat(byStatus.rowWith(0, "requested").get(1)).isEqualTo("1");
        assertThat(byStatus.rowWith(0, "declined").get(1)).isEqualTo("1");
        assertThat(byStatus.rowWith(0, "deal signed").get(1)).isEqualTo("1");
        assertThat(byStatus.rowWith(0, "accepted").get(1)).isEqualTo("0");
        assertThat(sheets.get("By section").rowWith(0, "C")).startsWith("C", "Manufacturing", "3");
        assertThat(sheets.get("By round").rowWith(0, pool.round)).startsWith(pool.round, roundName, "3");
        Sheet bySource = sheets.get("By source");
        assertThat(bySource.header())
                .containsExactly("Source", "Match requests", "Deals signed", "Conversion to a signed deal");
        assertThat(bySource.rowWith(0, "other").subList(1, 3))
                .containsExactly(
                        String.valueOf(json.getLong("bySource.OTHER.requests")),
                        String.valueOf(json.getLong("bySource.OTHER.deals")));
        assertThat(bySource.rowWith(0, "other").subList(1, 3)).containsExactly("3", "1");
        assertThat(sheets.get("By event").data()).isEmpty();
    }

    @Test
    void export_inChinese_ofAllRounds_andIsAudited() {
        long before = audited();

        Map<String, Sheet> sheets = Workbooks.download(Tokens.operator(), "zh-CN", "/api/v1/matchmaking/funnel/export");

        assertThat(sheets).containsOnlyKeys("概况", "按状态", "按行业门类", "按轮次", "按来源", "按活动");
        assertThat(sheets.get("概况").rowWith(0, "统计范围").get(1)).isEqualTo("全部轮次");
        assertThat(sheets.get("按状态").header()).containsExactly("状态", "对接请求数", "占比");
        assertThat(sheets.get("按状态").data()).extracting(r -> r.get(0)).contains("待回复", "已签约");
        assertThat(audited()).isEqualTo(before + 1);
    }

    @Test
    void export_isForOperatorsOnly_andNeedsARoundId() {
        String path = "/api/v1/matchmaking/funnel/export";
        caller(investorToken(investor())).get(path).then().statusCode(403);
        caller(Tokens.institution("X1")).get(path).then().statusCode(403);
        RestAssured.given().get(path).then().statusCode(401);
        caller(Tokens.operator())
                .queryParam("round", "nope")
                .get(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        caller(Tokens.operator())
                .queryParam("format", "csv")
                .get(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private static long audited() {
        return caller(Tokens.operator())
                .queryParam("action", "matchmaking.export-funnel")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }
}
