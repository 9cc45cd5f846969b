package io.techpool.platform.embedded;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node OpenSearch, run in a child JVM.
 *
 * <p>OpenSearch cannot share the app's JVM: the Quarkus BOM pins other log4j and Jackson versions. Its classpath is
 * therefore built apart ({@code mvn -f embedded-opensearch/pom.xml package} fills {@code embedded-opensearch/target/lib})
 * and started with the same {@code java} as this JVM. Index data in {@code dataDir} survives restarts.
 */
public final class EmbeddedOpenSearch implements AutoCloseable {

    static final String MAIN_CLASS = "io.techpool.embedded.opensearch.OpenSearchMain";
    public static final String DEFAULT_CLUSTER_NAME = "techpool";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final Process watchdog;
    private final int port;

    private EmbeddedOpenSearch(Process process, Process watchdog, int port) {
        this.process = process;
        this.watchdog = watchdog;
        this.port = port;
    }

    public static EmbeddedOpenSearch start(Path libDir, Path dataDir, int port, Path logFile) {
        return start(libDir, dataDir, port, DEFAULT_CLUSTER_NAME, logFile);
    }

    /** Starts the node and returns once the cluster is at least yellow; fails with the log tail otherwise. */
    public static EmbeddedOpenSearch start(Path libDir, Path dataDir, int port, String clusterName, Path logFile) {
        if (!Files.isRegularFile(libDir.resolve("techpool-embedded-opensearch.jar"))) {
            throw new IllegalStateException("no OpenSearch classpath in " + libDir.toAbsolutePath()
                    + "; build it with: mvn -f embedded-opensearch/pom.xml package");
        }
        Process process;
        try {
            Files.createDirectories(dataDir);
            Path logDir = logFile.toAbsolutePath().getParent();
            if (logDir != null) {
                Files.createDirectories(logDir);
            }
            String java = ProcessHandle.current()
                    .info()
                    .command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                            .toString());
            List<String> command = List.of(
                    java,
                    // Fixed small heap: dev and test boxes have 2 cores and other services to run.
                    "-Xms512m",
                    "-Xmx512m",
                    "-XX:+ExitOnOutOfMemoryError",
                    // Lucene uses the FFM API for madvise; this silences the JDK's restricted-method warning.
                    "--enable-native-access=ALL-UNNAMED",
                    "-cp",
                    libDir.toAbsolutePath() + File.separator + "*",
                    MAIN_CLASS,
                    dataDir.toAbsolutePath().toString(),
                    Integer.toString(port),
                    clusterName);
            // stdin stays an open pipe on purpose: the child exits on its EOF, i.e. when this JVM is gone.
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start OpenSearch", e);
        }
        EmbeddedOpenSearch node = new EmbeddedOpenSearch(process, ParentWatch.guard(process.pid(), "TERM"), port);
        try {
            node.awaitYellow(logFile);
            return node;
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
    }

    /** {@code host:port} of the HTTP API, e.g. {@code 127.0.0.1:9200}. */
    public String hostAndPort() {
        return "127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** Stops the node cleanly (SIGTERM runs its shutdown hook, which flushes and closes the indices). */
    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            // End sh before its cat: a cat ending first would let sh go on to signal a pid that may be reused.
            List<ProcessHandle> cat = watchdog.descendants().toList();
            watchdog.destroy();
            cat.forEach(ProcessHandle::destroy);
        }
    }

    /** A port that was free a moment ago on 127.0.0.1. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitYellow(Path logFile) {
        URI health = URI.create("http://" + hostAndPort() + "/_cluster/health?wait_for_status=yellow&timeout=5s");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try (HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build()) {
            HttpRequest request = HttpRequest.newBuilder(health)
                    .timeout(Duration.ofSeconds(10))
                    .build();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("OpenSearch exited with code " + process.exitValue()
                            + " before it was ready; end of " + logFile + ":\n" + tail(logFile));
                }
                try {
                    // 200 once yellow; 408 while wait_for_status times out.
                    if (http.send(request, HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // HTTP not bound yet, or reset while the node starts
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("OpenSearch on " + hostAndPort() + " not ready after "
                            + START_TIMEOUT.toSeconds() + " s; end of " + logFile + ":\n" + tail(logFile));
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for OpenSearch", e);
        }
    }

    private static String tail(Path file) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, raf.length() - 6000);
            byte[] bytes = new byte[(int) (raf.length() - start)];
            raf.seek(start);
            raf.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }
}
