package io.techpool;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Builders for test data; every organization gets a fresh code and region prefix, so tests share nothing. */
public final class Fixtures {

    private static final AtomicInteger SEQUENCE =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(100, 400));

    private Fixtures() {}

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A fresh region code whose 3-digit prefix no other fixture uses in this run. */
    public static String freshRegion() {
        return SEQUENCE.getAndIncrement() + "100";
    }

    /** Creates an organization through the API and returns its code. */
    public static String organization(String region) {
        String code = "T" + Long.toString(System.nanoTime(), 36).toUpperCase();
        as(Tokens.operator())
                .body(Map.of(
                        "code",
                        code,
                        "name",
                        Map.of("zh", "测试大学" + code, "en", "Test University " + code),
                        "kind",
                        "UNIVERSITY",
                        "region",
                        region))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201);
        return code;
    }

    public static String organization() {
        return organization(freshRegion());
    }

    /** A complete, valid achievement body; tests change what they are about. */
    public static Map<String, Object> achievement() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", new HashMap<>(Map.of("zh", "高效光伏电池材料", "en", "High-efficiency photovoltaic cell materials")));
        body.put(
                "summary",
                new HashMap<>(Map.of(
                        "zh",
                        "一种钙钛矿叠层太阳能电池的制备方法，转换效率达到 31%。",
                        "en",
                        "A method to make perovskite tandem solar cells with 31% conversion efficiency.")));
        body.put("keywords", new ArrayList<>(List.of("钙钛矿", "光伏", "solar")));
        body.put("type", "APPLIED_TECHNOLOGY");
        body.put("industryCode", "38");
        body.put("trl", 6);
        body.put("stage", "MIDDLE");
        body.put("innovation", "ORIGINAL");
        body.put("level", "INTERNATIONAL_ADVANCED");
        body.put(
                "ipRights",
                new ArrayList<>(List.of(
                        Map.of("kind", "INVENTION_PATENT", "number", "ZL202310000001.X", "title", "一种钙钛矿叠层电池及其制备方法"))));
        body.put("transferModes", new ArrayList<>(List.of("LICENSE", "EQUITY")));
        body.put("askingPrice", 3500000.00);
        body.put(
                "team",
                new ArrayList<>(List.of(Map.of("name", "张伟", "role", "负责人"), Map.of("name", "李娜", "role", "研究员"))));
        body.put(
                "contact",
                new HashMap<>(Map.of("name", "王芳", "phone", "+86 931 891 2000", "email", "wangfang@example.org")));
        return body;
    }

    /** A unique user name, so tests never share a reviewer. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    /** Creates (or updates) a reviewer's profile through the API and returns the reviewer id. */
    public static String reviewer(String username, String org, List<String> expertise) {
        return reviewer(username, org, expertise, List.of(), List.of());
    }

    public static String reviewer(
            String username,
            String org,
            List<String> expertise,
            List<String> conflictOrganizations,
            List<String> conflictAchievements) {
        Map<String, Object> body = new HashMap<>();
        body.put("expertise", expertise);
        body.put("email", username + "@example.org");
        body.put("conflicts", Map.of("organizations", conflictOrganizations, "achievements", conflictAchievements));
        return as(Tokens.token(username, "reviewer", org))
                .body(body)
                .put("/api/v1/reviewers/me")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    /** A submitted achievement of {@code org}, waiting for the next round. */
    public static String submitted(String org) {
        return submitted(org, achievement());
    }

    public static String submitted(String org, Map<String, Object> body) {
        String id = draft(org, body);
        as(Tokens.institution(org))
                .post("/api/v1/achievements/" + id + "/submit")
                .then()
                .statusCode(200);
        return id;
    }

    /** A round on the default rules with the given reviewer panel, deadline in a week; registration closed. */
    public static String reviewingRound(List<String> panel) {
        String id = round(panel, java.time.OffsetDateTime.now().plusDays(7));
        closeRegistration(id);
        return id;
    }

    /** A {@link #reviewingRound} whose achievements the operator has had assigned to the panel. */
    public static String assignedRound(List<String> panel) {
        String id = reviewingRound(panel);
        assign(id);
        return id;
    }

    /** The operator closes registration of {@code round}, which takes in every SUBMITTED achievement. */
    public static void closeRegistration(String round) {
        operatorPosts(round, "close-registration");
    }

    /** The operator has the achievements of {@code round} assigned to its panel. */
    public static void assign(String round) {
        operatorPosts(round, "assignments");
    }

    /** The operator moves the review deadline of {@code round}. */
    public static void reviewDeadline(String round, java.time.OffsetDateTime deadline) {
        as(Tokens.operator())
                .body(Map.of("reviewDeadline", deadline.toString()))
                .put("/api/v1/rounds/" + round)
                .then()
                .statusCode(200);
    }

    /** The operator computes the selection of {@code round}, whose reviews are closed. */
    public static void compute(String round) {
        operatorPosts(round, "compute");
    }

    /** The operator publishes {@code round}, computed. */
    public static void publish(String round) {
        operatorPosts(round, "publish");
    }

    /** The operator computes, then publishes {@code round}, whose reviews are closed. */
    public static void computeAndPublish(String round) {
        compute(round);
        publish(round);
    }

    private static void operatorPosts(String round, String action) {
        as(Tokens.operator())
                .post("/api/v1/rounds/" + round + "/" + action)
                .then()
                .statusCode(200);
    }

    public static String round(List<String> panel, java.time.OffsetDateTime deadline) {
        return as(Tokens.operator())
                .body(Map.of(
                        "name",
                        "2026 年第 " + SEQUENCE.getAndIncrement() + " 批",
                        "rulesId",
                        "default",
                        "rulesVersion",
                        1,
                        "reviewDeadline",
                        deadline.toString(),
                        "panel",
                        panel))
                .post("/api/v1/rounds")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /**
     * Publishes a round: every SUBMITTED achievement is taken in; five reviewers of a fresh
     * organization score each achievement of {@code scores} with its number on all three dimensions;
     * the others get no review. Then the deadline is moved to the past, and the round computed and
     * published. Answers the round id.
     */
    public static String publishRound(Map<String, Integer> scores) {
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            usernames.add(uniqueName("pub"));
        }
        return publishRound(scores, organization(), usernames);
    }

    /** {@link #publishRound(Map)} with the reviewers named: {@code usernames} of {@code expertOrg}. */
    public static String publishRound(Map<String, Integer> scores, String expertOrg, List<String> usernames) {
        List<String> panel = new ArrayList<>();
        for (String username : usernames) {
            panel.add(reviewer(username, expertOrg, List.of("38")));
        }
        String round = assignedRound(panel);
        for (String username : usernames) {
            for (Map<String, Object> review : reviewsOf(username, expertOrg)) {
                Integer score = scores.get((String) review.get("achievementId"));
                if (score == null || !round.equals(review.get("roundId"))) {
                    continue;
                }
                as(Tokens.token(username, "reviewer", expertOrg))
                        .body(Map.of(
                                "scores",
                                Map.of("market_potential", score, "economic_value", score, "technical_content", score)))
                        .put("/api/v1/reviews/" + review.get("id"))
                        .then()
                        .statusCode(200);
                as(Tokens.token(username, "reviewer", expertOrg))
                        .post("/api/v1/reviews/" + review.get("id") + "/submit")
                        .then()
                        .statusCode(200);
            }
        }
        reviewDeadline(round, java.time.OffsetDateTime.now().minusSeconds(1));
        computeAndPublish(round);
        return round;
    }

    /** Creates a draft for {@code org} and returns its id. */
    public static String draft(String org) {
        return draft(org, achievement());
    }

    public static String draft(String org, Map<String, Object> body) {
        return as(Tokens.institution(org))
                .body(body)
                .post("/api/v1/achievements")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The id of the review {@code username} was assigned for {@code achievement}. */
    public static String reviewOf(String username, String org, String achievement) {
        return (String) reviewsOf(username, org).stream()
                .filter(r -> achievement.equals(r.get("achievementId")))
                .findFirst()
                .orElseThrow()
                .get("id");
    }

    /** The reviews assigned to reviewer {@code username} of {@code org}, in every round. */
    public static List<Map<String, Object>> reviewsOf(String username, String org) {
        return as(Tokens.token(username, "reviewer", org))
                .queryParam("size", 100)
                .get("/api/v1/reviews")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }
}
