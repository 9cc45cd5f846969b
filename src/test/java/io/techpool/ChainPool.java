package io.techpool;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Three hydrogen achievements (division 34, 氢能 in their texts) published into the pool through the API, once per
 * test run, so they are tagged {@code hydrogen-energy} at submission: {@link #top} (composite 92), {@link #middle}
 * (88) and {@link #low} (85, whose summary starts with {@code =}, as a formula would). Twelve fillers get no
 * review and stay out. Answers once the search index holds all three.
 */
public final class ChainPool {

    /** The owner's contact, which no chain answer may show. */
    public static final String CONTACT_EMAIL = "chain-owner-contact@example.org";

    public static final String CONTACT_PHONE = "+86 931 555 0199";

    public static final String FORMULA_SUMMARY = "=HYPERLINK(\"http://evil.example\",\"点击\") 电解水制氢的实验数据";

    private static ChainPool instance;

    public final String owner;
    public final String round;
    public final String top;
    public final String middle;
    public final String low;

    private ChainPool(String owner, String round, String top, String middle, String low) {
        this.owner = owner;
        this.round = round;
        this.top = top;
        this.middle = middle;
        this.low = low;
    }

    public static synchronized ChainPool get() {
        if (instance == null) {
            instance = publish();
        }
        return instance;
    }

    private static ChainPool publish() {
        String owner = Fixtures.organization();
        String top = hydrogen(owner, "兆瓦级碱性电解水制氢系统", "Megawatt alkaline electrolysis system", null, 2_000_000);
        String middle = hydrogen(owner, "车载储氢瓶碳纤维缠绕工艺", "Carbon-fibre winding of hydrogen tanks", null, null);
        String low = hydrogen(owner, "氢燃料电池电堆测试平台", "Fuel cell stack test bench", FORMULA_SUMMARY, 800_000);
        for (int i = 0; i < 12; i++) {
            Fixtures.submitted(owner);
        }
        String round = Fixtures.publishRound(Map.of(top, 92, middle, 88, low, 85));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().queryParam("round", round)
                                .get("/api/v1/pool")
                                .then()
                                .extract()
                                .jsonPath()
                                .getInt("total")
                        == 3);
        return new ChainPool(owner, round, top, middle, low);
    }

    private static String hydrogen(String owner, String zh, String en, String summary, Integer price) {
        Map<String, Object> body = Fixtures.achievement();
        body.put("title", new HashMap<>(Map.of("zh", zh, "en", en)));
        body.put(
                "summary",
                new HashMap<>(Map.of(
                        "zh",
                        summary == null ? zh + "，面向绿氢（氢能）规模化应用。" : summary,
                        "en",
                        en + " for green hydrogen at scale.")));
        body.put("keywords", new ArrayList<>(List.of("氢能", "hydrogen")));
        body.put("industryCode", "34");
        body.put("askingPrice", price);
        body.put("contact", new HashMap<>(Map.of("name", "赵敏", "phone", CONTACT_PHONE, "email", CONTACT_EMAIL)));
        return Fixtures.submitted(owner, body);
    }
}
