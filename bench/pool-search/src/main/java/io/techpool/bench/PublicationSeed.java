package io.techpool.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The publication bench's data, inserted straight into the app's tables with JDBC batches: the one
 * place to adapt when the schema changes (each insert names its columns, so added columns with a
 * default need nothing; organization and achievement rows are {@link PoolData}'s, shared with the pool
 * search bench). What a round looks like just before {@code compute}:
 *
 * <ul>
 *   <li>2,000 organizations ({@link PoolData#insertOrganizations});
 *   <li>one round ({@code review_round}, and its copy in {@code review_terms} where that table exists) with the {@code default} rule set version 1, status REVIEWING,
 *       registration closed 30 days ago, deadline passed a day ago, no panel ({@code rules_digest} left
 *       null: the app then skips its changed-rule-file check, the bench cannot compute the app's digest);
 *   <li>reviewers ({@code reviewer}), 3 × N ÷ 40 of them, so each holds the default rule set's
 *       {@code maxLoad} of 40 reviews;
 *   <li>N achievements ({@code achievement}) UNDER_REVIEW in the round, submitted over four weeks, with
 *       {@link PoolData}'s bilingual texts, IP rights, transfer modes, TRL;
 *   <li>3 submitted reviews per achievement ({@code assignment}, status SUBMITTED, match DIVISION) with
 *       whole scores on 0–100: the achievement's latent quality per dimension ({@link PoolData}'s scores,
 *       55–99.5 around 76) plus the reviewer's bias (σ 4) and noise (σ 6), and a short comment.
 * </ul>
 *
 * <p>With 3 reviews (the default rule set's {@code required}) every achievement is eligible and nearly
 * every composite clears {@code minComposite: 60}, so the quota selects floor(0.20 × N). Fixed seeds.
 */
final class PublicationSeed {

    /** The round's id; the data folder is fresh for every run, so it can stay fixed. */
    static final UUID ROUND = new UUID(0x7e57_0000_0000_0000L, 100);

    private static final String[] COMMENTS = {
        "技术路线清晰，建议补充中试数据。", "市场分析较充分，成本测算需细化。", "创新性突出，知识产权布局完整。",
        "应用场景明确，建议明确转化方式与报价依据。", "团队基础较好，产业化条件有待验证。"
    };

    private final Random random = new Random(20261124L);

    /** Inserts everything for a round of {@code n} achievements and answers the round's id. */
    UUID seed(Connection db, int n) throws Exception {
        db.setAutoCommit(false);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant closed = now.minus(30, ChronoUnit.DAYS);
        PoolData data = new PoolData();
        List<PoolData.Org> orgs = data.insertOrganizations(db, 2000);
        try (PreparedStatement ps = db.prepareStatement("insert into review_round (id, name, rules_id, rules_version,"
                + " review_deadline, status, panel, created_at, registration_closed_at)"
                + " values (?,?,'default',1,?,'REVIEWING','[]'::jsonb,?,?)")) {
            ps.setObject(1, ROUND);
            ps.setString(2, "2026年春季成果遴选（发布基准）");
            ps.setTimestamp(3, Timestamp.from(now.minus(1, ChronoUnit.DAYS)));
            ps.setTimestamp(4, Timestamp.from(closed.minus(60, ChronoUnit.DAYS)));
            ps.setTimestamp(5, Timestamp.from(closed));
            ps.executeUpdate();
        }
        if (hasTable(db, "review_terms")) { // from V010 on, review keeps its own copy of the round's terms
            try (Statement s = db.createStatement()) {
                s.executeUpdate("insert into review_terms (round_id, round_name, review_deadline, rules_id, rules_version,"
                        + " rules_digest) select id, name, review_deadline, rules_id, rules_version, rules_digest"
                        + " from review_round where id = '" + ROUND + "'");
            }
        }
        int reviewers = Math.max(3, (3 * n + 39) / 40);
        UUID[] reviewerIds = new UUID[reviewers];
        double[] bias = new double[reviewers];
        try (PreparedStatement ps = db.prepareStatement("insert into reviewer (id, username, name, email, organization_code,"
                + " expertise, conflict_organizations, conflict_achievements, created_at, updated_at)"
                + " values (?,?,?,?,?,?::jsonb,'[]'::jsonb,'[]'::jsonb,?,?)")) {
            for (int i = 0; i < reviewers; i++) {
                reviewerIds[i] = new UUID(0x7e57_0000_0000_0001L, i + 1);
                bias[i] = random.nextGaussian() * 4;
                PoolData.Theme theme = PoolData.THEMES.get(i % PoolData.THEMES.size());
                ps.setObject(1, reviewerIds[i]);
                ps.setString(2, String.format("bench-reviewer-%05d", i + 1));
                ps.setString(3, "评审专家" + (i + 1));
                ps.setString(4, String.format("reviewer%05d@example.org", i + 1));
                ps.setString(5, orgs.get(random.nextInt(orgs.size())).code());
                ps.setString(6, "[\"" + theme.division() + "\"]");
                ps.setTimestamp(7, Timestamp.from(closed.minus(90, ChronoUnit.DAYS)));
                ps.setTimestamp(8, Timestamp.from(closed.minus(90, ChronoUnit.DAYS)));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        log("inserted 2,000 organizations, the round %s (REVIEWING, deadline passed) and %,d reviewers", ROUND, reviewers);
        UUID[] rounds = {ROUND};
        Instant[] published = {now};
        long registration = Duration.ofDays(28).toSeconds();
        Timestamp assigned = Timestamp.from(closed);
        try (PreparedStatement a = db.prepareStatement(PoolData.ACHIEVEMENT_INSERT);
                PreparedStatement r = db.prepareStatement("insert into assignment (id, round_id, achievement_id, reviewer_id,"
                        + " status, match, market_potential, economic_value, technical_content, comment, assigned_at, saved_at,"
                        + " submitted_at) values (?,?,?,?,'SUBMITTED','DIVISION',?,?,?,?,?,?,?)")) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                PoolData.Row row = data.row(i, orgs, rounds, published);
                Instant submitted = closed.minusSeconds(registration).plusSeconds(registration * i / n);
                PoolData.addAchievement(a, row, "UNDER_REVIEW", Timestamp.from(submitted));
                for (int k = 0; k < 3; k++) {
                    int reviewer = (int) ((3L * i + k) % reviewers);
                    Timestamp at = Timestamp.from(closed.plusSeconds(random.nextInt((int) registration)));
                    r.setObject(1, new UUID(0x7e57_0000_0000_0002L, 3L * i + k + 1));
                    r.setObject(2, ROUND);
                    r.setObject(3, row.id);
                    r.setObject(4, reviewerIds[reviewer]);
                    r.setBigDecimal(5, score(row.market.doubleValue(), bias[reviewer]));
                    r.setBigDecimal(6, score(row.economic.doubleValue(), bias[reviewer]));
                    r.setBigDecimal(7, score(row.technical.doubleValue(), bias[reviewer]));
                    r.setString(8, COMMENTS[random.nextInt(COMMENTS.length)]);
                    r.setTimestamp(9, assigned);
                    r.setTimestamp(10, at);
                    r.setTimestamp(11, at);
                    r.addBatch();
                }
                if ((i + 1) % 1000 == 0 || i + 1 == n) {
                    a.executeBatch();
                    r.executeBatch();
                }
                if ((i + 1) % Math.max(1, n / 10) == 0) {
                    log("  %,d of %,d achievements and %,d reviews inserted (%.0f s)", i + 1, n, 3L * (i + 1),
                            (System.nanoTime() - t0) / 1e9);
                }
            }
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("analyze organization, review_round, reviewer, achievement, assignment");
        }
        return ROUND;
    }

    private static boolean hasTable(Connection db, String table) throws Exception {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select to_regclass('public." + table + "') is not null")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** One reviewer's whole score for a latent quality, within the scale 0–100. */
    private BigDecimal score(double latent, double bias) {
        long s = Math.round(latent + bias + random.nextGaussian() * 6);
        return BigDecimal.valueOf(Math.max(0, Math.min(100, s)));
    }

    private static void log(String format, Object... args) {
        BenchSupport.log(PublicationBench.TAG, format, args);
    }
}
