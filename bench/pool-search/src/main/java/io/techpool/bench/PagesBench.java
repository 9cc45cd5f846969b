package io.techpool.bench;

import static io.techpool.bench.BenchSupport.HTTP;
import static io.techpool.bench.BenchSupport.find;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The pages bench (docs/benchmarks.md): the packaged app with the pool search bench's 100,000 generated entries
 * (its own data under bench/pages/target/run/), then, side by side in one run,
 * (a) the search page {@code GET /pool?q=…} against {@code GET /api/v1/pool?q=…} with the same queries and 20
 * concurrent clients, and (b) an investor's recommendations, one client, through the API and the page
 * {@code /investor/recommendations}, both with a bearer token. It measures whatever a path answers and says so:
 * a path that does not answer 200 (e.g. a page not built yet) is reported with its status and counted as errors.
 */
public final class PagesBench {

    private static final int WARM_UP_PER_CLIENT = 50;

    /** The broad profile of the pool search bench's recommendations: 92,527 of the 100,000 entries fit it. */
    private static final String BROAD_PROFILE =
            "{\"industries\":[\"C\",\"44\",\"65\"],\"trlMin\":4,\"trlMax\":7,\"transferModes\":[\"LICENSE\",\"EQUITY\"]}";

    private BenchApp app;
    private Path work;

    public static void main(String[] args) throws Exception {
        new PagesBench().run(Path.of(args[0]).toAbsolutePath().normalize());
    }

    void run(Path root) throws Exception {
        int entries = Integer.getInteger("bench.entries", 100_000);
        int clients = Integer.getInteger("bench.clients", 20);
        int requests = Integer.getInteger("bench.requests", 100);
        int warmup = Integer.getInteger("bench.warmupRounds", 10);
        work = root.resolve("bench/pages/target/run");
        Files.createDirectories(work);
        Files.deleteIfExists(work.resolve("results.md"));
        try (OidcStub oidc = new OidcStub()) {
            app = new BenchApp("pages", root, work, oidc.issuer(), List.of());
            PoolSearchBench.fill(app, oidc.token("bench-operator", "operator"), entries, PagesBench::log);
            searchPageAgainstApi(clients, requests, warmup);
            recommendations(oidc.token("bench-investor", "investor"));
        } finally {
            if (app != null) {
                app.close();
            }
        }
    }

    // ---------------------------------------------------------------- (a) the search page against the API

    private void searchPageAgainstApi(int clients, int requests, int warmup) throws Exception {
        IntFunction<String> page = i -> "/pool?" + PoolSearchBench.params(query(i));
        IntFunction<String> api = i -> "/api/v1/pool?" + PoolSearchBench.params(query(i));
        record(describe("page " + page.apply(0), page.apply(0), null));
        record(describe("API  " + api.apply(0), api.apply(0), null));
        for (int round = 1; round <= warmup; round++) {
            log("warm-up round %d of %d", round, warmup);
            concurrent("page", page, clients, WARM_UP_PER_CLIENT);
            concurrent("api", api, clients, WARM_UP_PER_CLIENT);
        }
        log("measuring: %d clients, %d requests per client per round, 2 rounds each in alternate order", clients, requests);
        var page1 = concurrent("page", page, clients, requests);
        var api1 = concurrent("api", api, clients, requests);
        var api2 = concurrent("api", api, clients, requests);
        var page2 = concurrent("page", page, clients, requests);
        var pageAll = page1.plus(page2);
        var apiAll = api1.plus(api2);
        StringBuilder table = new StringBuilder("| target | requests | errors | p50 ms | p95 ms | p99 ms | max ms | req/s |"
                + " CPU ms per request |\n|---|---|---|---|---|---|---|---|---|\n");
        for (var r : List.of(pageAll, apiAll)) {
            table.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s |%n",
                    r.name(), r.nanos().length, r.errors(), r.p(50), r.p(95), r.p(99), r.p(100),
                    r.nanos().length / r.seconds(), r.cpuPerRequest()));
        }
        record(table.toString());
        if (pageAll.errors() > 0 || apiAll.errors() > 0) {
            record(String.format(Locale.ROOT, "no ratio: %d page and %d API requests failed (see the status above)",
                    pageAll.errors(), apiAll.errors()));
        } else {
            record(String.format(Locale.ROOT, "page p95 / API p95 = %.2f (round 1: %.2f, round 2: %.2f); target ≤ 1.2",
                    pageAll.p(95) / apiAll.p(95), page1.p(95) / api1.p(95), page2.p(95) / api2.p(95)));
        }
    }

    private static PoolSearchBench.Query query(int i) {
        return PoolSearchBench.QUERIES.get(i % PoolSearchBench.QUERIES.size());
    }

    // ---------------------------------------------------------------- (b) recommendations, one client

    private void recommendations(String token) throws Exception {
        HttpResponse<String> saved = send("/api/v1/investors/me", token, BROAD_PROFILE);
        if (saved.statusCode() != 200) {
            throw new IllegalStateException("investor profile: " + saved.statusCode() + " " + saved.body());
        }
        record(describe("recommendations API", "/api/v1/investors/me/recommendations?size=20", token));
        record(describe("recommendations page", "/investor/recommendations", token));
        // Each request a page not asked before (pages 0–49, then 50–99), so each is ranked by the database: what
        // the first look at a page costs after a publication or a profile change.
        sequential("API, each page asked for the first time (cache miss)",
                i -> "/api/v1/investors/me/recommendations?size=20&page=" + (i + 10), token);
        // The same four pages again and again, as a user paging back and forth or reloading.
        sequential("API, pages 0/50/100/150 again (cache hit)",
                i -> "/api/v1/investors/me/recommendations?size=20&page=" + i % 4 * 50, token);
        // The page shows 20 a page too, so it reads the same cached pages through the same service.
        sequential("page /investor/recommendations, pages 0/50/100/150 again",
                i -> "/investor/recommendations?page=" + i % 4 * 50, token);
    }

    /** 10 warm-up then 40 timed requests, one after the other; non-200 answers are counted as errors. */
    private void sequential(String label, IntFunction<String> path, String token) throws Exception {
        long[] nanos = new long[40];
        int errors = 0;
        int status = 0;
        long bytes = 0;
        for (int i = -10; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = send(path.apply(i + 10), token, null);
            if (i >= 0) {
                nanos[i] = System.nanoTime() - t0;
                errors += r.statusCode() == 200 ? 0 : 1;
            }
            status = r.statusCode();
            bytes = r.body().length();
        }
        var r = new PoolSearchBench.Result(label, nanos, 0, errors, Map.of());
        record(String.format(Locale.ROOT,
                "%s (one client, 40 after 10 warm-up): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms;"
                        + " last status %d, %,d chars; %d errors",
                label, r.p(50), r.p(95), r.p(99), r.p(100), status, bytes, errors));
    }

    private PoolSearchBench.Result concurrent(String name, IntFunction<String> path, int clients, int perClient)
            throws Exception {
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
                    long t0 = System.nanoTime();
                    try {
                        // Each client walks the queries from its own offset, as the pool search bench's clients do.
                        HttpResponse<String> r = send(path.apply(client * 7 + i), null, null);
                        if (r.statusCode() != 200 && errors.getAndIncrement() < 1) {
                            log("%s answered %d", name, r.statusCode());
                        }
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
        Map<String, Double> before = meter.snapshot();
        long t0 = System.nanoTime();
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        var r = new PoolSearchBench.Result(name, nanos, seconds, errors.get(), CpuMeter.between(before, meter.snapshot()));
        log("%-5s %5d requests in %5.1f s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d errors; CPU ms per request: %s",
                name, nanos.length, seconds, r.p(50), r.p(95), r.p(99), r.errors(), r.cpuPerRequest());
        return r;
    }

    // ---------------------------------------------------------------- small helpers

    /** One request, and what it answered: the status, content type and size, so a missing page shows as such. */
    private String describe(String label, String path, String token) throws Exception {
        HttpResponse<String> r = send(path, token, null);
        String total = r.body().contains("\"total\"") ? ", total " + find(r.body(), "\"total\"\\s*:\\s*(\\d+)") : "";
        return String.format(Locale.ROOT, "%s answers %d %s, %,d chars%s", label, r.statusCode(),
                r.headers().firstValue("Content-Type").orElse("-"), r.body().length(), total);
    }

    /** GET, or PUT of a JSON body, with the bearer token when there is one; redirects are not followed. */
    private HttpResponse<String> send(String path, String token, String json) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(app.url + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void record(String line) throws Exception {
        log("%s", line);
        Files.writeString(work.resolve("results.md"), line + "\n", java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    static void log(String format, Object... args) {
        BenchSupport.log("pages", format, args);
    }
}
