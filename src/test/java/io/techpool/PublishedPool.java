package io.techpool;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Three achievements published into the pool through the API, once per test run: {@link #fit} (division 38,
 * TRL 6, LICENSE + EQUITY, composite 80), {@link #sectionOnly} (division 65 of section I, TRL 7, LICENSE,
 * composite 90) and {@link #unrelated} (division 39, TRL 4, TRANSFER, composite 85). Twelve fillers score
 * 50, under the default rules' minimum composite, so N ≥ 15 and the capacity (≥ 3) takes all three. Any
 * other test's leftover achievement that enters the round gets no review and stays out of the pool.
 */
public final class PublishedPool {

    private static PublishedPool instance;

    public final String owner;
    public final String fit;
    public final String sectionOnly;
    public final String unrelated;

    private PublishedPool(String owner, String fit, String sectionOnly, String unrelated) {
        this.owner = owner;
        this.fit = fit;
        this.sectionOnly = sectionOnly;
        this.unrelated = unrelated;
    }

    public static synchronized PublishedPool get() {
        if (instance == null) {
            instance = publish();
        }
        return instance;
    }

    private static PublishedPool publish() {
        String owner = Fixtures.organization();
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
        Fixtures.publishRound(scores);
        return new PublishedPool(owner, fit, sectionOnly, unrelated);
    }

    /** A submitted achievement of {@code owner} in {@code division} with the given TRL and transfer modes. */
    public static String achievement(
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
