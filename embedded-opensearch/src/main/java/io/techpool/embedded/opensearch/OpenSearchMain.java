package io.techpool.embedded.opensearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Runs one OpenSearch node in this JVM until stdin reaches EOF or the JVM is signalled.
 *
 * <p>Usage: {@code OpenSearchMain <baseDir> <httpPort> <clusterName>}. Index data lives in
 * {@code <baseDir>/node_1/data} and survives restarts: only {@link OpenSearchRunner#clean()} deletes the base
 * directory, and it is never called here.
 */
public final class OpenSearchMain {

    // Console only: the parent captures stdout, so the runner's default rolling files would just duplicate it.
    private static final String LOG4J2 = """
            status = error
            appender.console.type = Console
            appender.console.name = console
            appender.console.layout.type = PatternLayout
            appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] %m%n
            rootLogger.level = info
            rootLogger.appenderRef.console.ref = console
            appender.header_warning.type = HeaderWarningAppender
            appender.header_warning.name = header_warning
            logger.deprecation.name = org.opensearch.deprecation
            logger.deprecation.level = deprecation
            logger.deprecation.appenderRef.header_warning.ref = header_warning
            logger.deprecation.additivity = false
            """;

    private OpenSearchMain() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: OpenSearchMain <baseDir> <httpPort> <clusterName>");
            System.exit(2);
        }
        Path baseDir = Path.of(args[0]).toAbsolutePath();
        int httpPort = Integer.parseInt(args[1]);
        String clusterName = args[2];
        // Keep log4j running during our own shutdown hook, so the node's "stopping/closed" lines reach the log.
        System.setProperty("log4j.shutdownHookEnabled", "false");

        // Second safety next to the parent's watchdog: the parent holds our stdin, and EOF means it is gone.
        Thread stdinWatch = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // drain
                }
            } catch (IOException ignored) {
                // treat like EOF
            }
            System.exit(0);
        }, "stdin-eof-watch");
        stdinWatch.start();

        Path config = Files.createDirectories(baseDir.resolve("node_1").resolve("config"));
        Files.writeString(config.resolve("log4j2.properties"), LOG4J2);

        OpenSearchRunner runner = new OpenSearchRunner();
        // Without this the runner refuses HTTP ports above 9299; the tests use random free ports.
        runner.setMaxHttpPort(-1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (IOException | RuntimeException e) {
                System.err.println("closing OpenSearch failed: " + e);
            }
        }, "opensearch-close"));
        try {
            runner.onBuild((id, settings) -> settings
                            .put("http.port", httpPort)
                            // Loopback only; transport port 0 = any free port, so it never clashes with a real 9300.
                            .put("network.host", "127.0.0.1")
                            .put("transport.port", "0")
                            .putList("node.roles", "cluster_manager", "data", "ingest")
                            // Single node: replicas would only leave every index yellow.
                            .put("cluster.default_number_of_replicas", 0)
                            // A nearly full dev disk must not turn indices read-only.
                            .put("cluster.routing.allocation.disk.threshold_enabled", false)
                            // Only Hibernate Search creates indexes, with their mapping: a document written before
                            // the app has created them (search was down at its start) waits in the outbox instead
                            // of creating an index of guessed fields under the write alias's name.
                            .put("action.auto_create_index", false))
                    .build(OpenSearchRunner.newConfigs()
                            .basePath(baseDir.toString())
                            .numOfNode(1)
                            .baseHttpPort(httpPort - 1)
                            .clusterName(clusterName));
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
        // The stdin watcher (non-daemon) keeps the JVM alive from here on.
    }
}
