package io.techpool.platform.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.techpool.platform.TechPoolConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * On the local run, fills an empty pool so a newcomer can search it and walk the investor's pages at
 * once: what {@code docs/demo/pool-demo.sh} steps 1–2 do, through the app's own HTTP API as the demo users
 * of the embedded Keycloak (so no feature's Java code is used). reviewer1–3 declare expertise, inst1
 * registers the achievements of {@link DemoPoolData}, operator1 runs the round {@value #ROUND_NAME}
 * (close registration, assign), the reviewers score, the deadline moves to the past, operator1 computes and
 * publishes.
 *
 * <p>Runs after start-up in a thread of its own, so neither start nor readiness waits for it; a failure is a
 * warning and the app runs on. A later start does nothing once the pool holds entries, and resumes the
 * demo round where a previous start left it (data survive in {@code data/}).
 */
@ApplicationScoped
class DemoPool {

    static final String ROUND_NAME = "演示评审批次 Demo round";
    static final String INSTITUTION = "inst1";
    static final String OPERATOR = "operator1";
    static final List<String> REVIEWERS = List.of("reviewer1", "reviewer2", "reviewer3");

    /** What reviewers give an achievement that is not demo data (one registered by hand meanwhile). */
    private static final int OTHER_SCORE = 50;

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration INDEX_TIMEOUT = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(DemoPool.class);

    @Inject
    TechPoolConfig config;

    @ConfigProperty(name = "quarkus.http.host")
    String host;

    @ConfigProperty(name = "quarkus.http.port")
    int port;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> issuer;

    private volatile Thread worker;

    void start(@Observes StartupEvent start) {
        if (config.demoPool() && issuer.isPresent()) {
            worker = Thread.ofPlatform().daemon().name("demo-pool").start(this::run);
        }
    }

    void stop(@Observes ShutdownEvent stop) {
        Thread w = worker;
        if (w != null) {
            w.interrupt();
        }
    }

    private void run() {
        String local = host.equals("0.0.0.0") ? "127.0.0.1" : host;
        DemoPoolApi api = new DemoPoolApi(URI.create("http://" + local + ":" + port), issuer.orElseThrow());
        try {
            fill(api, DemoPoolData.load());
        } catch (RuntimeException e) {
            if (!Thread.currentThread().isInterrupted()) {
                LOG.warnf(
                        "Demo pool: not filled (%s). The app runs on; the next start tries again, and"
                                + " docs/demo/pool-demo.sh fills the pool by hand.",
                        e.getMessage());
                LOG.debug("Demo pool failure", e);
            }
        }
    }

    void fill(DemoPoolApi api, DemoPoolData data) {
        awaitReady(api);
        long entries = poolSize(api);
        if (entries > 0) {
            LOG.debugf("Demo pool: the pool holds %d entries, nothing to do", entries);
            return;
        }
        JsonNode round = demoRound(api);
        if (round != null && status(round).equals("PUBLISHED")) {
            LOG.infof("Demo pool: round %s is published already, nothing to do", ROUND_NAME);
            return;
        }
        LOG.info("Demo pool: the pool is empty; filling it through the API as the demo users"
                + " (a minute or two; TECHPOOL_DEMO_POOL=false turns this off)");
        for (String reviewer : REVIEWERS) {
            api.put(
                    reviewer,
                    "/api/v1/reviewers/me",
                    Map.of("expertise", data.reviewerExpertise(), "email", reviewer + "@example.org"));
        }
        if (round == null || status(round).equals("OPEN")) {
            int registered = register(api, data);
            LOG.infof("Demo pool: %d achievements registered by %s", registered, INSTITUTION);
            if (round == null) {
                round = api.post(
                        OPERATOR,
                        "/api/v1/rounds",
                        Map.of(
                                "name",
                                ROUND_NAME,
                                "rulesId",
                                "default",
                                "rulesVersion",
                                1,
                                "reviewDeadline",
                                utcNow().plusDays(7).toString()));
            }
            round = api.post(OPERATOR, roundPath(round) + "/close-registration", null);
        }
        if (status(round).equals("REVIEWING")) {
            review(api, data, round);
            round = api.put(
                    OPERATOR,
                    roundPath(round),
                    Map.of("reviewDeadline", utcNow().minusSeconds(1).toString()));
        }
        JsonNode result = api.post(OPERATOR, roundPath(round) + "/compute", null);
        api.post(OPERATOR, roundPath(round) + "/publish", null);
        int selected = result.path("pool").size();
        LOG.infof(
                "Demo pool: round %s published, %d of %d achievements selected; waiting for the search index",
                ROUND_NAME, selected, result.path("N").asInt());
        LOG.infof("Demo pool: %d entries in the pool", awaitEntries(api, selected));
    }

    /** Registers and submits every demo achievement inst1 does not have yet; answers how many are submitted. */
    private static int register(DemoPoolApi api, DemoPoolData data) {
        Map<String, JsonNode> existing = new HashMap<>();
        institutionAchievements(api)
                .forEach(a -> existing.put(a.path("title").path("zh").asText(), a));
        int submitted = 0;
        for (DemoPoolData.Achievement achievement : data.achievements()) {
            JsonNode current = existing.get(achievement.titleZh());
            if (current == null) {
                current = api.post(INSTITUTION, "/api/v1/achievements", achievement.body());
            }
            switch (current.path("status").asText()) {
                case "DRAFT" -> {
                    api.post(
                            INSTITUTION,
                            "/api/v1/achievements/" + current.path("id").asText() + "/submit",
                            null);
                    submitted++;
                }
                case "SUBMITTED" -> submitted++;
                default -> {
                    // withdrawn, or in another round already: not this round's
                }
            }
        }
        return submitted;
    }

    /** Assigns reviewers unless done, then each reviewer scores and submits their open reviews of the round. */
    private static void review(DemoPoolApi api, DemoPoolData data, JsonNode round) {
        String path = roundPath(round);
        if (OffsetDateTime.parse(round.path("reviewDeadline").asText()).isBefore(utcNow())) {
            return; // an earlier start moved the deadline already: reviews are closed
        }
        JsonNode progress = api.get(OPERATOR, path + "/progress");
        if (progress.path("reviewsOpen").asInt()
                        + progress.path("reviewsSubmitted").asInt()
                == 0) {
            JsonNode report = api.post(OPERATOR, path + "/assignments", null);
            LOG.infof(
                    "Demo pool: %d reviews assigned for %d achievements",
                    report.path("created").asInt(), report.path("achievements").asInt());
        }
        Map<String, Integer> scores = new HashMap<>();
        institutionAchievements(api)
                .forEach(a -> scores.put(
                        a.path("id").asText(),
                        data.scoreOf(a.path("title").path("zh").asText(), OTHER_SCORE)));
        String roundId = round.path("id").asText();
        int submitted = 0;
        for (String reviewer : REVIEWERS) {
            for (JsonNode review : all(api, reviewer, "/api/v1/reviews")) {
                if (!review.path("roundId").asText().equals(roundId)
                        || !review.path("status").asText().equals("OPEN")) {
                    continue;
                }
                int score = scores.getOrDefault(review.path("achievementId").asText(), OTHER_SCORE);
                String reviewPath = "/api/v1/reviews/" + review.path("id").asText();
                api.put(
                        reviewer,
                        reviewPath,
                        Map.of(
                                "scores",
                                Map.of("market_potential", score, "economic_value", score, "technical_content", score),
                                "comment",
                                "演示评语 / demo review"));
                api.post(reviewer, reviewPath + "/submit", null);
                submitted++;
            }
        }
        LOG.infof("Demo pool: %d reviews scored and submitted by %s", submitted, String.join(", ", REVIEWERS));
    }

    /** Every achievement of inst1, page by page. */
    private static List<JsonNode> institutionAchievements(DemoPoolApi api) {
        return all(api, INSTITUTION, "/api/v1/achievements");
    }

    /** Every item of a paged list, page by page. */
    private static List<JsonNode> all(DemoPoolApi api, String user, String path) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = api.get(user, path + "?size=100&page=" + page);
            answer.path("items").forEach(all::add);
            if (answer.path("items").size() < 100) {
                return all;
            }
        }
    }

    /** The newest round of that name, or null. */
    private static JsonNode demoRound(DemoPoolApi api) {
        for (JsonNode round : all(api, OPERATOR, "/api/v1/rounds")) {
            if (round.path("name").asText().equals(ROUND_NAME)) {
                return round;
            }
        }
        return null;
    }

    private static long poolSize(DemoPoolApi api) {
        return api.get("/api/v1/pool?size=1").path("total").asLong();
    }

    /** The pool follows the database through the search index's outbox: within seconds, usually. */
    private static long awaitEntries(DemoPoolApi api, int expected) {
        long deadline = System.nanoTime() + INDEX_TIMEOUT.toNanos();
        long entries = poolSize(api);
        while (entries < expected && System.nanoTime() < deadline) {
            sleep(Duration.ofSeconds(2));
            entries = poolSize(api);
        }
        return entries;
    }

    private static void awaitReady(DemoPoolApi api) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!api.ready()) {
            if (System.nanoTime() > deadline) {
                throw new DemoPoolApi.Failure("the app was not ready within " + READY_TIMEOUT.toMinutes() + " minutes");
            }
            sleep(Duration.ofSeconds(1));
        }
    }

    private static String roundPath(JsonNode round) {
        return "/api/v1/rounds/" + round.path("id").asText();
    }

    private static String status(JsonNode round) {
        return round.path("status").asText();
    }

    private static OffsetDateTime utcNow() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoPoolApi.Failure("interrupted");
        }
    }
}
