package io.techpool.pool;

import static io.techpool.Fixtures.as;

import io.techpool.Fixtures;
import io.techpool.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Three achievements published into the pool through the API, once per test run: {@link #fit} (division 38,
 * TRL 6, LICENSE + EQUITY, composite 80), {@link #sectionOnly} (division 65 of section I, TRL 7, LICENSE,
 * composite 90) and {@link #unrelated} (division 39, TRL 4, TRANSFER, composite 85). Twelve fillers score
 * 50, under the default rules' minimum composite, so N ≥ 15 and the capacity (≥ 3) takes all three. Any
 * other test's leftover achievement that enters the round is scored 40 and stays out of the pool.
 */
final class PublishedPool {

    private static PublishedPool instance;

    final String owner;
    final String fit;
    final String sectionOnly;
    final String unrelated;

    private PublishedPool(String owner, String fit, String sectionOnly, String unrelated) {
        this.owner = owner;
        this.fit = fit;
        this.sectionOnly = sectionOnly;
        this.unrelated = unrelated;
    }

    static synchronized PublishedPool get() {
        if (instance == null) {
            instance = publish();
        }
        return instance;
    }

    private static PublishedPool publish() {
        String owner = Fixtures.organization();
        String expertOrg = Fixtures.organization();
        Map<String, Integer> scores = new HashMap<>();
        String fit =
                achievement(owner, "智能电网储能变流器", "Grid energy-storage converter", "38", 6, List.of("LICENSE", "EQUITY"));
        scores.put(fit, 80);
        String sectionOnly = achievement(
                owner, "工业软件协同设计平台", "Collaborative industrial design software", "65", 7, List.of("LICENSE"));
        scores.put(sectionOnly, 90);
        String unrelated =
                achievement(owner, "新型锂电池隔膜", "Novel lithium battery separator", "39", 4, List.of("TRANSFER"));
        scores.put(unrelated, 85);
        for (int i = 0; i < 12; i++) {
            scores.put(achievement(owner, "陪衬成果" + i, null, "38", 5, List.of("COOPERATION")), 50);
        }
        List<String> panel = new ArrayList<>();
        List<String> reviewers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String username = Fixtures.uniqueName("inv");
            reviewers.add(username);
            panel.add(Fixtures.reviewer(username, expertOrg, List.of("38", "39", "65")));
        }
        String round = Fixtures.reviewingRound(panel);
        as(Tokens.operator())
                .post("/api/v1/rounds/" + round + "/assignments")
                .then()
                .statusCode(200);
        for (String username : reviewers) {
            String token = Tokens.token(username, "reviewer", expertOrg);
            List<Map<String, Object>> mine = as(token)
                    .get("/api/v1/reviews")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("");
            for (Map<String, Object> review : mine) {
                if (!"OPEN".equals(review.get("status")) || !round.equals(review.get("roundId"))) {
                    continue;
                }
                int s = scores.getOrDefault((String) review.get("achievementId"), 40);
                as(token)
                        .body(Map.of(
                                "scores",
                                Map.of("market_potential", s, "economic_value", s, "technical_content", s),
                                "comment",
                                "评审意见"))
                        .put("/api/v1/reviews/" + review.get("id"))
                        .then()
                        .statusCode(200);
                as(token)
                        .post("/api/v1/reviews/" + review.get("id") + "/submit")
                        .then()
                        .statusCode(200);
            }
        }
        as(Tokens.operator())
                .post("/api/v1/rounds/" + round + "/compute")
                .then()
                .statusCode(200);
        as(Tokens.operator())
                .post("/api/v1/rounds/" + round + "/publish")
                .then()
                .statusCode(200);
        return new PublishedPool(owner, fit, sectionOnly, unrelated);
    }

    private static String achievement(
            String owner, String titleZh, String titleEn, String division, int trl, List<String> modes) {
        Map<String, Object> body = Fixtures.achievement();
        Map<String, String> title = new HashMap<>(Map.of("zh", titleZh));
        if (titleEn != null) {
            title.put("en", titleEn);
        }
        body.put("title", title);
        body.put("industryCode", division);
        body.put("trl", trl);
        body.put("transferModes", new ArrayList<>(modes));
        return Fixtures.submitted(owner, body);
    }
}
