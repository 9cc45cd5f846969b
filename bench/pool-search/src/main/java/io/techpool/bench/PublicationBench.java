package io.techpool.bench;

import static io.techpool.bench.BenchSupport.HTTP;
import static io.techpool.bench.BenchSupport.count;
import static io.techpool.bench.BenchSupport.find;
import static io.techpool.bench.BenchSupport.get;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The publication bench (docs/benchmarks.md): starts the packaged app in embedded mode on a fresh data
 * folder, seeds a reviewed round ({@link PublicationSeed}), then through the API as an operator:
 * {@code POST /api/v1/rounds/{id}/compute} (timed), {@code POST /api/v1/rounds/{id}/publish} (timed),
 * and polls {@code GET /api/v1/pool?round={id}&size=1} until its total is the number selected: the time
 * from the publish call's start until then is "searchable". Then it waits for Hibernate Search's outbox
 * to empty (the achievements' own index follows their new status). Progress lines throughout; during
 * the publish call a thread dump of the app every {@code bench.dumpEvery} seconds (saved, and its
 * publishing thread's top frames printed). CPU per party per phase from {@link CpuMeter}.
 */
public final class PublicationBench {

    static final String TAG = "publication";

    private BenchApp app;
    private Connection db;
    private CpuMeter meter;
    private Path work;
    private final StringBuilder results = new StringBuilder();

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        new PublicationBench().run(root);
    }

    void run(Path root) throws Exception {
        int n = Integer.getInteger("bench.achievements", 100_000);
        Duration timeout = Duration.ofMinutes(Integer.getInteger("bench.timeoutMinutes", 30));
        int dumpEvery = Integer.getInteger("bench.dumpEvery", 10);
        work = root.resolve("bench/publication/target/run");
        // Publication consumes the round, so every run starts from empty PostgreSQL and OpenSearch.
        deleteTree(work);
        Files.createDirectories(work.resolve("thread-dumps"));
        try (OidcStub oidc = new OidcStub()) {
            app = new BenchApp(TAG, root, work, oidc.issuer(), List.of());
            meter = app.cpuMeter();
            db = DriverManager.getConnection(app.jdbcUrl + "?reWriteBatchedInserts=true", "postgres", "");
            log("seeding %,d achievements under review with 3 submitted reviews each (JDBC batches)", n);
            Map<String, Double> cpu = meter.snapshot();
            long t0 = System.nanoTime();
            UUID round = new PublicationSeed().seed(db, n);
            double seedSeconds = seconds(t0);
            log("seeded in %.1f s (CPU: %s)", seedSeconds, cpu(cpu));
            String rounds = app.url + "/api/v1/rounds/" + round;

            log("POST %s/compute ...", rounds);
            cpu = meter.snapshot();
            t0 = System.nanoTime();
            HttpResponse<byte[]> computed = operatorPost(oidc, rounds + "/compute", timeout);
            double computeSeconds = seconds(t0);
            String computeCpu = cpu(cpu);
            row("achievements in the round (N)", "%,d", n);
            row("submitted reviews", "%,d", 3L * n);
            row("seeding (JDBC)", "%.1f s", seedSeconds);
            if (computed.statusCode() != 200) {
                String body = new String(computed.body(), StandardCharsets.UTF_8);
                log("compute: %d after %.1f s: %s (CPU: %s); nothing to publish", computed.statusCode(), computeSeconds,
                        body, computeCpu);
                row("`POST /rounds/{id}/compute`", "**failed**: %d after %.1f s (CPU %s): %s", computed.statusCode(),
                        computeSeconds, computeCpu, body.replace('|', '/'));
                return;
            }
            Selection selection = Selection.read(computed.body());
            log("compute: %d in %.1f s, answer %.1f MB; N %,d, capacity %,d, selected %,d, cut-off %s, reasons %s (CPU: %s)",
                    computed.statusCode(), computeSeconds, computed.body().length / 1e6, selection.n, selection.capacity,
                    selection.pool, selection.cutoff, selection.reasons, computeCpu);
            row("`POST /rounds/{id}/compute`", "%.1f s (answer %.1f MB; CPU %s)", computeSeconds,
                    computed.body().length / 1e6, computeCpu);
            row("N / capacity / selected / cut-off", "%,d / %,d / %,d / %s", selection.n, selection.capacity, selection.pool,
                    selection.cutoff);

            publish(oidc, round, rounds, selection.pool, timeout, dumpEvery);
        } finally {
            if (db != null) {
                db.close();
            }
            if (app != null) {
                app.close();
            }
            if (!results.isEmpty()) {
                Files.writeString(work.resolve("results.md"), "| what | figure |\n|---|---|\n" + results);
                System.out.println("| what | figure |\n|---|---|\n" + results);
                log("written to %s", work.resolve("results.md"));
            }
        }
    }

    /** The timed publish call, then polling the pool until the round's entries are all searchable. */
    private void publish(OidcStub oidc, UUID round, String rounds, int selected, Duration timeout, int dumpEvery)
            throws Exception {
        log("POST %s/publish ... (client timeout %d min)", rounds, timeout.toMinutes());
        Map<String, Double> cpu = meter.snapshot();
        long t0 = System.nanoTime();
        long deadline = t0 + timeout.toNanos();
        CompletableFuture<HttpResponse<byte[]>> call = HTTP.sendAsync(
                operator(oidc, rounds + "/publish", timeout), HttpResponse.BodyHandlers.ofByteArray());
        long nextDump = dumpEvery;
        while (!call.isDone()) {
            if (System.nanoTime() > deadline) {
                row("`POST /rounds/{id}/publish`", "no answer after %d min (stopped)", timeout.toMinutes());
                threadDump(seconds(t0));
                return;
            }
            Thread.sleep(250);
            double at = seconds(t0);
            if (at >= nextDump) {
                nextDump += Math.max(1, dumpEvery);
                log("  publish call running for %.0f s; app thread: %s; PostgreSQL: %s", at,
                        dumpEvery > 0 ? threadDump(at) : "-", busyStatements());
            }
        }
        HttpResponse<byte[]> answer;
        try {
            answer = call.get();
        } catch (ExecutionException e) { // the client's timeout, or the connection lost
            row("`POST /rounds/{id}/publish`", "no answer after %.0f s (%s)", seconds(t0), e.getCause());
            return;
        }
        double callSeconds = seconds(t0);
        String callCpu = cpu(cpu);
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        log("publish: %d in %.1f s: %s (CPU: %s)", answer.statusCode(), callSeconds,
                body.length() > 300 ? body.substring(0, 300) + "…" : body, callCpu);
        row("`POST /rounds/{id}/publish`", "**%.1f s** (%d; CPU %s)", callSeconds, answer.statusCode(), callCpu);
        if (answer.statusCode() / 100 != 2) {
            row("publish failed", "%s", body.replace('|', '/'));
            return;
        }

        cpu = meter.snapshot();
        long total = -1;
        long lastLog = 0;
        double searchable = -1;
        while (System.nanoTime() < deadline) {
            total = poolTotal(round);
            double at = seconds(t0);
            if (total >= selected) {
                searchable = at;
                break;
            }
            if (at - lastLog >= 5) {
                lastLog = (long) at;
                log("  %.0f s after the publish call started: %,d of %,d searchable; outbox events pending: %,d", at,
                        total, selected, outbox());
            }
            Thread.sleep(500);
        }
        String waitCpu = cpu(cpu);
        if (searchable < 0) {
            row("all searchable", "not after %d min: %,d of %,d (CPU after the call: %s)", timeout.toMinutes(), total,
                    selected, waitCpu);
            return;
        }
        log("all %,d searchable %.1f s after the publish call started (%.1f s after it answered; CPU meanwhile: %s)",
                selected, searchable, searchable - callSeconds, waitCpu);
        row("all searchable (`GET /pool?round=` total = selected), from the publish call's start", "**%.1f s** "
                + "(%.1f s after its answer; CPU meanwhile %s)", searchable, searchable - callSeconds, waitCpu);

        cpu = meter.snapshot();
        long pending;
        while ((pending = outbox()) > 0 && System.nanoTime() < deadline) {
            if (seconds(t0) - lastLog >= 5) {
                lastLog = (long) seconds(t0);
                log("  %.0f s: outbox events pending: %,d (the achievements' index)", seconds(t0), pending);
            }
            Thread.sleep(500);
        }
        row("outbox empty (achievement index updated too), from the publish call's start",
                pending == 0 ? "%.1f s (CPU after searchable %s)" : "not after %.0f s (CPU %s)", seconds(t0), cpu(cpu));
    }

    // ---------------------------------------------------------------- the answer of compute

    /** What the bench needs of compute's answer, read as a stream: it lists all N achievements. */
    record Selection(int n, int capacity, String cutoff, int pool, Map<String, Integer> reasons) {

        static Selection read(byte[] json) throws IOException {
            int n = -1, capacity = -1, pool = -1;
            String cutoff = null;
            Map<String, Integer> reasons = new TreeMap<>();
            try (JsonParser p = new JsonFactory().createParser(json)) {
                p.nextToken();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    switch (field) {
                        case "N" -> n = p.getIntValue();
                        case "capacity" -> capacity = p.getIntValue();
                        case "cutoffComposite" -> cutoff = p.currentToken().isScalarValue() ? p.getText() : "per section";
                        case "ranking" -> {
                            while (p.nextToken() == JsonToken.START_OBJECT) {
                                while (p.nextToken() == JsonToken.FIELD_NAME) {
                                    String name = p.currentName();
                                    p.nextToken();
                                    if (name.equals("reason")) {
                                        reasons.merge(p.getText(), 1, Integer::sum);
                                    }
                                    p.skipChildren();
                                }
                            }
                        }
                        case "pool" -> {
                            pool = 0;
                            while (p.nextToken() == JsonToken.START_OBJECT) {
                                pool++;
                                p.skipChildren();
                            }
                        }
                        default -> { }
                    }
                    p.skipChildren();
                }
            }
            return new Selection(n, capacity, cutoff, pool, reasons);
        }
    }

    // ---------------------------------------------------------------- observing the app

    private long poolTotal(UUID round) throws Exception {
        HttpResponse<String> r = get(app.url + "/api/v1/pool?round=" + round + "&size=1");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("pool search answered " + r.statusCode() + ": " + r.body());
        }
        return Long.parseLong(find(r.body(), "\"total\"\\s*:\\s*(\\d+)"));
    }

    /** Hibernate Search's outbox: entity changes committed but not yet indexed. */
    private long outbox() throws Exception {
        return count(db, "select count(*) from hsearch_outbox_event");
    }

    /** What the app's busy PostgreSQL connections run, shortened. */
    private String busyStatements() {
        StringBuilder text = new StringBuilder();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select state, left(regexp_replace(query, '\\s+', ' ', 'g'), 90)"
                        + " from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()"
                        + " and state <> 'idle'")) {
            while (rs.next()) {
                text.append(text.isEmpty() ? "" : " | ").append(rs.getString(1)).append(": ").append(rs.getString(2));
            }
        } catch (Exception e) {
            return "? (" + e.getMessage() + ")";
        }
        return text.isEmpty() ? "idle" : text.toString();
    }

    /**
     * Saves a thread dump of the app (jcmd Thread.print) and answers the publishing thread's top frame and
     * its first frames in io.techpool, or "-" when no thread is inside {@code publish}.
     */
    private String threadDump(double at) {
        try {
            Path file = work.resolve(String.format(Locale.ROOT, "thread-dumps/publish-%04.0fs.txt", at));
            Process jcmd = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                            Long.toString(app.pid()),
                            "Thread.print")
                    .redirectErrorStream(true)
                    .redirectOutput(file.toFile())
                    .start();
            if (!jcmd.waitFor(30, TimeUnit.SECONDS)) {
                jcmd.destroyForcibly();
                return "? (jcmd timed out)";
            }
            for (String thread : Files.readString(file).split("\n\n")) {
                if (thread.contains("RoundSelectionService.publish")) {
                    List<String> frames = thread.lines()
                            .filter(l -> l.trim().startsWith("at "))
                            .map(l -> l.trim().substring(3).replaceAll("\\(.*", ""))
                            .toList();
                    List<String> ours = frames.stream()
                            .filter(f -> f.startsWith("io.techpool"))
                            .limit(2)
                            .toList();
                    return frames.getFirst() + " … " + String.join(" ← ", ours);
                }
            }
            return "- (no thread in publish)";
        } catch (Exception e) {
            return "? (" + e.getMessage() + ")";
        }
    }

    // ---------------------------------------------------------------- small helpers

    private HttpResponse<byte[]> operatorPost(OidcStub oidc, String url, Duration timeout) throws Exception {
        return HTTP.send(operator(oidc, url, timeout), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest operator(OidcStub oidc, String url, Duration timeout) throws Exception {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Authorization", "Bearer " + oidc.token("bench-operator", "operator"))
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
    }

    /** CPU seconds per party since {@code before}: "app 12.3 s, opensearch 1.2 s, …". */
    private String cpu(Map<String, Double> before) {
        Map<String, Double> used = new LinkedHashMap<>(CpuMeter.between(before, meter.snapshot()));
        StringBuilder text = new StringBuilder();
        used.forEach((party, s) -> text.append(text.isEmpty() ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.1f s", party, s)));
        return text.isEmpty() ? "n/a" : text.toString();
    }

    private void row(String what, String format, Object... args) {
        results.append("| ").append(what).append(" | ").append(String.format(Locale.ROOT, format, args))
                .append(" |\n");
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static void log(String format, Object... args) {
        BenchSupport.log(TAG, format, args);
    }
}
