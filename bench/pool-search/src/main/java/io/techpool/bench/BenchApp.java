package io.techpool.bench;

import static io.techpool.bench.BenchSupport.HTTP;
import static io.techpool.bench.BenchSupport.find;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged app (target/quarkus-app/quarkus-run.jar) started for a bench in embedded mode: its own
 * PostgreSQL and OpenSearch with data under {@code work/data}, the log in {@code work/app.log}, the
 * bench's OIDC stub as issuer instead of Keycloak, the pool's rate limit out of the way. Stopping the
 * app stops its embedded services; a shutdown hook stops it when the bench is interrupted.
 */
final class BenchApp implements AutoCloseable {

    private final String tag;
    private final Process process;
    private final Path dataDir;
    final String url;
    final String jdbcUrl;
    final String searchUrl;

    /**
     * Starts the app and waits until it is ready (5 minutes at most). {@code jvmArgs} come before
     * {@code -jar}: the heap is {@code -Dbench.appHeap} (default 1g), {@code -Dbench.appJvmArgs} are added.
     */
    BenchApp(String tag, Path root, Path work, String issuer, List<String> jvmArgs) throws Exception {
        this.tag = tag;
        Path jar = root.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the app first: ./mvnw -q -DskipTests package (missing " + jar + ")");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        url = "http://127.0.0.1:" + port;
        Path log = work.resolve("app.log");
        dataDir = work.resolve("data");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("bench.appHeap", "1g"),
                "-Dtechpool.data-dir=" + dataDir,
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.oidc.auth-server-url=" + issuer,
                "-Dtechpool.rate-limit.per-minute=100000000"));
        command.addAll(jvmArgs);
        String extra = System.getProperty("bench.appJvmArgs", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        BenchSupport.log(tag, "starting the app on %s (log: %s)", url, log);
        process = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "stop-app"));
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app stopped; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the app did not become ready in 5 minutes; see " + log);
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        String text = Files.readString(log);
        jdbcUrl = find(text, "Embedded PostgreSQL at (jdbc:postgresql://\\S+)");
        searchUrl = "http://" + find(text, "Embedded OpenSearch at http://(\\S+)");
        BenchSupport.log(tag, "app ready; PostgreSQL %s, OpenSearch %s", jdbcUrl, searchUrl);
    }

    long pid() {
        return process.pid();
    }

    /** CPU seconds of this app, its OpenSearch and PostgreSQL, and the bench. */
    CpuMeter cpuMeter() {
        return new CpuMeter(process.pid(), dataDir);
    }

    /** Stops the app (and with it its embedded PostgreSQL and OpenSearch); once is enough. */
    @Override
    public synchronized void close() {
        if (!process.isAlive()) {
            return;
        }
        BenchSupport.log(tag, "stopping the app (it stops its embedded PostgreSQL and OpenSearch)");
        process.destroy();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
