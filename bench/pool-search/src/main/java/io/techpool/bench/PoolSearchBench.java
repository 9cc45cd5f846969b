package io.techpool.bench;

import static io.techpool.bench.BenchSupport.HTTP;
import static io.techpool.bench.BenchSupport.count;
import static io.techpool.bench.BenchSupport.find;
import static io.techpool.bench.BenchSupport.get;
import static io.techpool.bench.BenchSupport.post;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The pool search bench (docs/benchmarks.md): starts the packaged app in embedded mode with its own
 * data under bench/pool-search/target/, fills PostgreSQL with generated pool entries, has the app
 * rebuild its index, then measures side by side, with the same concurrent clients and queries:
 * the app's GET /api/v1/pool, the same query straight to OpenSearch, and PostgreSQL ILIKE.
 */
public final class PoolSearchBench {

    /** One benchmark query: words plus 1–2 filters, as API parameters. */
    record Query(String q, Map<String, String> filters) {
        String label() {
            return q + " " + filters;
        }
    }

    static final List<Query> QUERIES = List.of(
            new Query("光伏", Map.of("section", "C")),
            new Query("储能", Map.of("trlMin", "5")),
            new Query("芯片", Map.of("transferMode", "LICENSE")),
            new Query("疫苗", Map.of("level", "DOMESTIC_LEADING")),
            new Query("灌溉", Map.of("region", "62")),
            new Query("机器人", Map.of("section", "C", "trlMin", "6")),
            new Query("算法", Map.of("ipKind", "SOFTWARE_COPYRIGHT")),
            new Query("电池", Map.of("region", "32", "transferMode", "TRANSFER")),
            new Query("污水", Map.of("transferMode", "COOPERATION")),
            new Query("育种", Map.of("section", "A")),
            new Query("氢能", Map.of("trlMin", "4", "trlMax", "7")),
            new Query("传感器", Map.of("industry", "39")),
            new Query("solar", Map.of("trlMin", "4")),
            new Query("battery", Map.of("section", "C")),
            new Query("vaccine", Map.of("transferMode", "LICENSE")),
            new Query("sensor", Map.of("region", "44")),
            new Query("robot", Map.of("level", "DOMESTIC_LEADING")),
            new Query("graphene", Map.of("trlMin", "3", "trlMax", "7")),
            new Query("irrigation", Map.of("section", "A")),
            new Query("hydrogen", Map.of("transferMode", "EQUITY", "trlMin", "5")),
            new Query("wind", Map.of("region", "65")),
            new Query("algorithm", Map.of("industry", "65", "level", "INTERNATIONAL_ADVANCED")));

    /** Requests per client in one warm-up round. */
    private static final int WARM_UP_PER_CLIENT = 50;

    private BenchApp app;
    private String appUrl;
    private String searchUrl;
    private String jdbcUrl;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        new PoolSearchBench().run(root);
    }

    void run(Path root) throws Exception {
        int entries = Integer.getInteger("bench.entries", 100_000);
        int clients = Integer.getInteger("bench.clients", 20);
        int requests = Integer.getInteger("bench.requests", 100);
        int pgRequests = Integer.getInteger("bench.pgRequests", 10);
        int warmup = Integer.getInteger("bench.warmupRounds", 10);
        boolean capture = Boolean.getBoolean("bench.capture");
        Path work = root.resolve("bench/pool-search/target/run");
        Files.createDirectories(work);
        try (OidcStub oidc = new OidcStub()) {
            startApp(root, work, oidc.issuer(), capture);
            fill(app, oidc.token("bench-operator", "operator"), entries, PoolSearchBench::log);
            if (capture) {
                // Hibernate Search logs successful requests at TRACE, below this build's minimum log
                // level (DEBUG), so the request is captured by OpenSearch's search slow log instead.
                HTTP.send(HttpRequest.newBuilder(URI.create(searchUrl + "/pool-read/_settings"))
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(
                                        "{\"index.search.slowlog.threshold.query.warn\":\"0ms\","
                                                + "\"index.search.slowlog.threshold.fetch.warn\":\"0ms\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                Query q = QUERIES.get(7);
                get(appUrl + "/api/v1/pool?" + params(q));
                HTTP.send(HttpRequest.newBuilder(URI.create(searchUrl + "/pool-read/_settings"))
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(
                                        "{\"index.search.slowlog.threshold.query.warn\":null,"
                                                + "\"index.search.slowlog.threshold.fetch.warn\":null}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                log("hand-built equivalent: %s", openSearchBody(q));
                log("captured: see the slow log in %s", work.resolve("data/logs"));
                return;
            }
            measure(clients, requests, pgRequests, warmup, work);
            measureWholePoolReads(oidc.token("bench-investor", "investor"), work);
        } finally {
            if (app != null) {
                app.close();
            }
        }
    }

    // ---------------------------------------------------------------- the app and its services

    private void startApp(Path root, Path work, String issuer, boolean capture) throws Exception {
        List<String> jvmArgs = capture
                ? List.of(
                        "-Dquarkus.log.category.\"org.hibernate.search.elasticsearch.request\".level=TRACE",
                        "-Dquarkus.log.category.\"org.hibernate.search.elasticsearch.request\".min-level=TRACE",
                        "-Dquarkus.log.min-level=TRACE")
                : List.of();
        app = new BenchApp("pool-search", root, work, issuer, jvmArgs);
        appUrl = app.url;
        jdbcUrl = app.jdbcUrl;
        searchUrl = app.searchUrl;
    }

    /**
     * Fills the app's PostgreSQL with {@code entries} generated pool entries ({@link PoolData}) and has the app index
     * them, unless its data folder holds them already from an earlier run (the pages bench loads its pool this way too).
     */
    static void fill(BenchApp app, String operatorToken, int entries, Log log) throws Exception {
        try (Connection db = DriverManager.getConnection(app.jdbcUrl + "?reWriteBatchedInserts=true", "postgres", "")) {
            long have = count(db, "select count(*) from pool_entry");
            if (have != entries) {
                long t0 = System.nanoTime();
                new PoolData().generate(db, entries);
                log.log("generated %,d pool entries in PostgreSQL in %.1f s", entries, (System.nanoTime() - t0) / 1e9);
            } else {
                log.log("PostgreSQL already holds %,d pool entries (from an earlier run)", have);
            }
        }
        if (searchCount(app.searchUrl) != entries) {
            rebuildIndex(app.url, app.searchUrl, operatorToken, entries, log);
        } else {
            log.log("the pool index already holds %,d documents", entries);
        }
    }

    interface Log {
        void log(String format, Object... args);
    }

    private static long searchCount(String searchUrl) throws Exception {
        HttpResponse<String> r = get(searchUrl + "/pool-read/_count");
        return r.statusCode() == 200 ? Long.parseLong(find(r.body(), "\"count\"\\s*:\\s*(\\d+)")) : -1;
    }

    private static void rebuildIndex(String appUrl, String searchUrl, String token, int entries, Log log)
            throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> started = HTTP.send(
                HttpRequest.newBuilder(URI.create(appUrl + "/api/v1/search-index/rebuild"))
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("rebuild refused: " + started.statusCode() + " " + started.body());
        }
        log.log("index rebuild started through POST /api/v1/search-index/rebuild");
        while (true) {
            Thread.sleep(2000);
            String progress = HTTP.send(
                            HttpRequest.newBuilder(URI.create(appUrl + "/api/v1/search-index/rebuild"))
                                    .header("Authorization", "Bearer " + token)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            if (progress.contains("\"FAILED\"")) {
                throw new IllegalStateException("rebuild failed: " + progress);
            }
            if (progress.contains("\"DONE\"")) {
                break;
            }
        }
        HTTP.send(HttpRequest.newBuilder(URI.create(searchUrl + "/pool-write/_refresh"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        long n = searchCount(searchUrl);
        if (n != entries) {
            throw new IllegalStateException("the index holds " + n + " documents, not " + entries);
        }
        log.log("index rebuilt: %,d documents in %.1f s", n, (System.nanoTime() - t0) / 1e9);
    }

    // ---------------------------------------------------------------- the three ways to ask

    static String params(Query q) {
        StringBuilder b = new StringBuilder("q=" + URLEncoder.encode(q.q, StandardCharsets.UTF_8) + "&size=20");
        q.filters.forEach((k, v) -> b.append('&').append(k).append('=').append(v));
        return b.toString();
    }

    /**
     * The request Hibernate Search sends for the app's query, as OpenSearch's search slow log shows it
     * (run with -Dbench.capture=true): single-value terms become constant_score term filters, a region
     * filter is an OR with match_none, facets are terms aggregations ordered by count then key.
     */
    static String openSearchBody(Query q) {
        List<String> must = new ArrayList<>();
        must.add("{\"match_all\":{}}");
        must.add("{\"simple_query_string\":{\"query\":\"" + q.q + "\",\"fields\":[\"titleZh^3.0\",\"titleEn^3.0\","
                + "\"keywords^2.0\",\"summaryZh\",\"summaryEn\",\"ipTitles\",\"organizationNameZh\",\"organizationNameEn\"],"
                + "\"default_operator\":\"and\"}}");
        Map<String, String> fields = Map.of(
                "section", "section", "industry", "division", "transferMode", "transferModes",
                "level", "level", "ipKind", "ipKinds", "round", "round");
        q.filters.forEach((k, v) -> {
            if (fields.containsKey(k)) {
                must.add("{\"constant_score\":{\"filter\":{\"term\":{\"" + fields.get(k) + "\":{\"value\":\"" + v + "\"}}}}}");
            } else if (k.equals("region")) {
                must.add("{\"bool\":{\"should\":[{\"constant_score\":{\"filter\":{\"term\":{\"province\":{\"value\":\"" + v + "\"}}}}},"
                        + "{\"match_none\":{}}]}}");
            }
        });
        if (q.filters.containsKey("trlMin") || q.filters.containsKey("trlMax")) {
            StringBuilder range = new StringBuilder("{\"range\":{\"trl\":{");
            if (q.filters.containsKey("trlMin")) {
                range.append("\"gte\":").append(q.filters.get("trlMin"));
            }
            if (q.filters.containsKey("trlMax")) {
                range.append(q.filters.containsKey("trlMin") ? "," : "").append("\"lte\":").append(q.filters.get("trlMax"));
            }
            must.add(range.append("}}}").toString());
        }
        StringBuilder aggs = new StringBuilder();
        String[][] facets = {
            {"section", "section"}, {"industry", "division"}, {"transferMode", "transferModes"}, {"level", "level"},
            {"ipKind", "ipKinds"}, {"region", "province"}, {"round", "round"}
        };
        for (String[] f : facets) {
            aggs.append("\"").append(f[0]).append("\":{\"terms\":{\"field\":\"").append(f[1])
                    .append("\",\"order\":[{\"_count\":\"desc\"},{\"_key\":\"asc\"}],\"size\":200,\"min_doc_count\":1}},");
        }
        aggs.append("\"trl\":{\"terms\":{\"field\":\"trl\",\"order\":[{\"_count\":\"desc\"},{\"_key\":\"asc\"}],\"size\":9,\"min_doc_count\":1}}");
        String highlight = "\"highlight\":{\"pre_tags\":[\"<em>\"],\"post_tags\":[\"</em>\"],\"type\":\"unified\","
                + "\"fragment_size\":100,\"number_of_fragments\":2,\"fields\":{\"titleZh\":{},\"titleEn\":{},"
                + "\"summaryZh\":{},\"summaryEn\":{}}}";
        return "{\"query\":{\"bool\":{\"must\":[" + String.join(",", must) + "]}},"
                + "\"sort\":[{\"composite\":{\"order\":\"desc\"}},{\"id_sort\":{\"order\":\"asc\",\"unmapped_type\":\"keyword\"}}],"
                + "\"_source\":false," + highlight + ",\"aggs\":{" + aggs + "},\"track_total_hits\":true}";
    }

    /** PostgreSQL: the page (ILIKE over titles and summaries, same filters, by composite) and two facets. */
    static final class Sql {
        final String where;
        final List<Object> args = new ArrayList<>();

        Sql(Query q) {
            StringBuilder w = new StringBuilder(
                    "(title_zh ilike ? or title_en ilike ? or summary_zh ilike ? or summary_en ilike ?)");
            String like = "%" + q.q + "%";
            for (int i = 0; i < 4; i++) {
                args.add(like);
            }
            q.filters.forEach((k, v) -> {
                switch (k) {
                    case "section" -> w.append(" and section = ?");
                    case "industry" -> w.append(" and division = ?");
                    case "level" -> w.append(" and level = ?");
                    case "region" -> w.append(" and left(region, 2) = ?");
                    case "transferMode" -> w.append(" and transfer_modes @> jsonb_build_array(?::text)");
                    case "ipKind" -> w.append(" and ip_kinds @> jsonb_build_array(?::text)");
                    case "trlMin" -> w.append(" and trl >= ?::int");
                    case "trlMax" -> w.append(" and trl <= ?::int");
                    default -> throw new IllegalArgumentException(k);
                }
                args.add(v);
            });
            where = w.toString();
        }
    }

    // ---------------------------------------------------------------- measurement

    interface Target {
        void ask(int client, Query q) throws Exception;
    }

    record Result(String name, long[] nanos, double seconds, int errors, Map<String, Double> cpu) {
        double p(double pct) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int i = (int) Math.ceil(pct / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, i)] / 1e6;
        }

        Result plus(Result o) {
            long[] all = Arrays.copyOf(nanos, nanos.length + o.nanos.length);
            System.arraycopy(o.nanos, 0, all, nanos.length, o.nanos.length);
            Map<String, Double> sum = new LinkedHashMap<>(cpu);
            o.cpu.forEach((party, s) -> sum.merge(party, s, Double::sum));
            return new Result(name, all, seconds + o.seconds, errors + o.errors, sum);
        }

        /** CPU milliseconds per request, per party: "app 4.1, opensearch 9.8, …". */
        String cpuPerRequest() {
            StringBuilder text = new StringBuilder();
            cpu.forEach((party, s) -> text.append(text.isEmpty() ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%s %.1f", party, s * 1000 / nanos.length)));
            return text.toString();
        }
    }

    private void measure(int clients, int requests, int pgRequests, int warmup, Path work) throws Exception {
        Connection[] pg = new Connection[clients];
        for (int i = 0; i < clients; i++) {
            pg[i] = DriverManager.getConnection(jdbcUrl, "postgres", "");
        }
        Target viaApp = (c, q) -> {
            HttpResponse<String> r = get(appUrl + "/api/v1/pool?" + params(q));
            if (r.statusCode() != 200) {
                throw new IllegalStateException("app " + r.statusCode() + " " + r.body());
            }
        };
        Target direct = (c, q) -> {
            HttpResponse<String> r = post(searchUrl + "/pool-read/_search?size=20", openSearchBody(q));
            if (r.statusCode() != 200) {
                throw new IllegalStateException("opensearch " + r.statusCode() + " " + r.body());
            }
        };
        Target ilike = (c, q) -> ilike(pg[c], q);
        // Same answers? Totals of the app and OpenSearch must agree; ILIKE matches substrings, so differs.
        StringBuilder totals = new StringBuilder("| query | app total | OpenSearch total | ILIKE total |\n|---|---|---|---|\n");
        for (Query q : QUERIES) {
            String a = find(get(appUrl + "/api/v1/pool?" + params(q)).body(), "\"total\"\\s*:\\s*(\\d+)");
            String o = find(post(searchUrl + "/pool-read/_search?size=20", openSearchBody(q)).body(),
                    "\"total\"\\s*:\\s*\\{\"value\"\\s*:\\s*(\\d+)");
            long s = ilike(pg[0], q);
            totals.append("| `").append(q.label()).append("` | ").append(a).append(" | ").append(o).append(" | ")
                    .append(s).append(" |\n");
            if (!a.equals(o)) {
                log("WARNING: app and OpenSearch disagree on %s: %s vs %s", q.label(), a, o);
            }
        }
        System.out.println(totals);
        run("ilike", ilike, clients, 2); // first, so that nothing separates the warm-up from the measurement
        warmUp(viaApp, direct, clients, warmup);
        log("measuring: %d clients; app and OpenSearch %d requests each per client per round, 2 rounds in alternate order;"
                + " ILIKE %d per client", clients, requests, pgRequests);
        Result app1 = run("app", viaApp, clients, requests);
        Result os1 = run("opensearch", direct, clients, requests);
        Result os2 = run("opensearch", direct, clients, requests);
        Result app2 = run("app", viaApp, clients, requests);
        Result sql = run("ilike", ilike, clients, pgRequests);
        Result appAll = app1.plus(app2);
        Result osAll = os1.plus(os2);
        StringBuilder table = new StringBuilder(
                "| target | requests | errors | p50 ms | p95 ms | p99 ms | max ms | throughput req/s | CPU ms per request |\n"
                        + "|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : List.of(appAll, osAll, sql)) {
            table.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s |%n",
                    r.name, r.nanos.length, r.errors, r.p(50), r.p(95), r.p(99), r.p(100), r.nanos.length / r.seconds,
                    r.cpuPerRequest()));
        }
        String ratio = String.format(Locale.ROOT,
                "app p95 / OpenSearch p95 = %.2f (round 1: %.2f, round 2: %.2f); ILIKE p95 / app p95 = %.1f",
                appAll.p(95) / osAll.p(95), app1.p(95) / os1.p(95), app2.p(95) / os2.p(95), sql.p(95) / appAll.p(95));
        System.out.println(table);
        System.out.println(ratio);
        Files.writeString(work.resolve("results.md"), totals + "\n" + table + "\n" + ratio + "\n");
        log("written to %s", work.resolve("results.md"));
        for (Connection c : pg) {
            c.close();
        }
    }

    /**
     * The other whole-pool reads, one client after the other: an investor's recommendations with a broad
     * profile (section C and two divisions, TRL 4–7) that most of the 100,000 entries fit, which the database
     * ranks; and the anonymous industry view (every division's count and first 10 entries).
     */
    private void measureWholePoolReads(String token, Path work) throws Exception {
        HttpResponse<String> saved = HTTP.send(HttpRequest.newBuilder(URI.create(appUrl + "/api/v1/investors/me"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"industries\":[\"C\",\"44\",\"65\"],"
                                + "\"trlMin\":4,\"trlMax\":7,\"transferModes\":[\"LICENSE\",\"EQUITY\"]}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (saved.statusCode() != 200) {
            throw new IllegalStateException("investor profile: " + saved.statusCode() + " " + saved.body());
        }
        String total = find(
                sequential(i -> "/api/v1/investors/me/recommendations?size=20&page=" + i % 4 * 50, token, work,
                        "recommendations (one client, pages 0/50/100/150)"),
                "\"total\"\\s*:\\s*(\\d+)");
        log("(%s of the pool's entries fit the investor's profile)", total);
        sequential(i -> "/api/v1/pool/by-industry?top=10", null, work, "by-industry?top=10 (one client)");
    }

    /** 10 warm-up then 40 timed requests, one after the other; logs and records the figures, answers a body. */
    private String sequential(IntFunction<String> path, String token, Path work, String label)
            throws Exception {
        long[] nanos = new long[40];
        String body = null;
        for (int i = -10; i < nanos.length; i++) {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(appUrl + path.apply(Math.max(0, i)))).timeout(Duration.ofSeconds(60));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            long t0 = System.nanoTime();
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(label + ": " + r.statusCode() + " " + r.body());
            }
            if (i >= 0) {
                nanos[i] = System.nanoTime() - t0;
            }
            body = r.body();
        }
        Result r = new Result(label, nanos, 0, 0, Map.of());
        String line = String.format(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms; answer %,d bytes",
                label, r.p(50), r.p(95), r.p(100), body.getBytes(StandardCharsets.UTF_8).length);
        log("%s", line);
        Files.writeString(work.resolve("results.md"), line + "\n", StandardOpenOption.APPEND);
        return body;
    }

    /**
     * A long-running service is measured in its steady state, as JMH measures after warm-up iterations: a fixed
     * number of warm-up rounds (app, then OpenSearch, 50 requests per client each), enough for both JVMs' JIT
     * compilers to finish (CPU per request keeps falling for about 9 rounds here); each round is logged, so
     * the cold figures stay on record.
     */
    private void warmUp(Target viaApp, Target direct, int clients, int rounds) throws Exception {
        for (int round = 1; round <= rounds; round++) {
            log("warm-up round %d of %d", round, rounds);
            run("app", viaApp, clients, WARM_UP_PER_CLIENT);
            run("opensearch", direct, clients, WARM_UP_PER_CLIENT);
        }
    }

    private static long ilike(Connection db, Query q) throws Exception {
        Sql sql = new Sql(q);
        try (PreparedStatement page = db.prepareStatement("select id, title_zh, title_en, summary_zh, summary_en, composite"
                        + " from pool_entry where " + sql.where + " order by composite desc, id limit 20");
                PreparedStatement sections = db.prepareStatement(
                        "select section, count(*) from pool_entry where " + sql.where + " group by section");
                PreparedStatement divisions = db.prepareStatement(
                        "select division, count(*) from pool_entry where " + sql.where + " group by division")) {
            long total = 0;
            for (PreparedStatement ps : List.of(page, sections, divisions)) {
                for (int i = 0; i < sql.args.size(); i++) {
                    ps.setObject(i + 1, sql.args.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (ps == sections) {
                            total += rs.getLong(2);
                        }
                    }
                }
            }
            return total;
        }
    }

    private Result run(String name, Target target, int clients, int perClient) throws Exception {
        long[] nanos = new long[clients * perClient];
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < perClient; i++) {
                    // Each client walks the list from its own offset: all queries, evenly mixed.
                    Query q = QUERIES.get((client * 7 + i) % QUERIES.size());
                    long t0 = System.nanoTime();
                    try {
                        target.ask(client, q);
                    } catch (Exception e) {
                        if (errors.getAndIncrement() < 3) {
                            log("%s error: %s", name, e.getMessage());
                        }
                    }
                    nanos[client * perClient + i] = System.nanoTime() - t0;
                }
            }));
        }
        CpuMeter meter = app.cpuMeter();
        Map<String, Double> cpuBefore = meter.snapshot();
        long t0 = System.nanoTime();
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Result r = new Result(name, nanos, seconds, errors.get(), CpuMeter.between(cpuBefore, meter.snapshot()));
        log("%-10s %5d requests in %6.1f s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; CPU ms per request: %s", name,
                nanos.length, seconds, r.p(50), r.p(95), r.p(99), r.cpuPerRequest());
        return r;
    }

    // ---------------------------------------------------------------- small helpers

    static void log(String format, Object... args) {
        BenchSupport.log("pool-search", format, args);
    }
}
