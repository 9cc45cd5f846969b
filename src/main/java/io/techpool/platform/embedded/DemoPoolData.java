package io.techpool.platform.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo pool's data, from {@code demo/demo-pool.json}: the achievements inst1 registers, the score the
 * reviewers give each, and the reviewers' expertise.
 */
record DemoPoolData(List<String> reviewerExpertise, List<Achievement> achievements) {

    static final String RESOURCE = "demo/demo-pool.json";

    /**
     * One achievement: its Chinese title (how a later start recognizes it), the score reviewer1–3 give it on
     * every dimension, and the body of {@code POST /api/v1/achievements}.
     */
    record Achievement(String titleZh, int score, ObjectNode body) {}

    static DemoPoolData load() {
        try (InputStream in = DemoPoolData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return of(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static DemoPoolData of(JsonNode file) {
        List<String> expertise = new ArrayList<>();
        file.path("reviewerExpertise").forEach(code -> expertise.add(code.asText()));
        JsonNode defaults = file.path("defaults");
        List<Achievement> achievements = new ArrayList<>();
        for (JsonNode node : file.path("achievements")) {
            ObjectNode body = node.deepCopy();
            int score = body.remove("score").asInt();
            defaults.properties().forEach(field -> {
                if (!body.has(field.getKey())) {
                    body.set(field.getKey(), field.getValue().deepCopy());
                }
            });
            achievements.add(new Achievement(body.path("title").path("zh").asText(), score, body));
        }
        return new DemoPoolData(List.copyOf(expertise), List.copyOf(achievements));
    }

    /** The score of the achievement titled so, or {@code fallback} for one that is not demo data. */
    int scoreOf(String titleZh, int fallback) {
        return achievements.stream()
                .filter(a -> a.titleZh().equals(titleZh))
                .mapToInt(Achievement::score)
                .findFirst()
                .orElse(fallback);
    }
}
