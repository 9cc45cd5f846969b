package io.techpool.platform.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak (unzipped {@code keycloak-quarkus-dist}) running in dev mode on loopback, for the
 * local run.
 *
 * <p>All Keycloak state (H2 database, transaction log, realm import directory) lives under
 * {@code dataDir}, so the unzipped distribution can be shared and a second start on the same
 * {@code dataDir} reuses the database: the realm is already there and the import is skipped.
 *
 * <p>The JVM is started directly rather than through {@code bin/kc.sh}: that script does not
 * {@code exec} java (it forks it and forwards TERM/INT with a trap), so the script's pid is not the
 * Keycloak JVM and killing it hard would orphan Keycloak. We mirror the script's JVM options instead.
 */
public final class EmbeddedKeycloak implements AutoCloseable {

    public static final String REALM = "techpool";

    /** Health/metrics are served on a separate management port; keep it next to the main one. */
    public static final int MANAGEMENT_PORT_OFFSET = 1000;

    /** kc.sh's contract: the JVM exits with 10 after re-augmenting ("build") and must be relaunched. */
    private static final int EXIT_REAUGMENTED = 10;

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path distHome;
    private final Path dataDir;
    private final int port;
    private final Path logFile;
    // Replaced once if Keycloak relaunches itself after re-augmenting.
    private volatile Process process;
    private volatile Process watchdog;

    private EmbeddedKeycloak(Path distHome, Path dataDir, int port, Path logFile) {
        this.distHome = distHome;
        this.dataDir = dataDir;
        this.port = port;
        this.logFile = logFile;
    }

    /**
     * Starts Keycloak and returns once the {@value #REALM} realm's discovery document answers.
     *
     * @param distHome the unzipped distribution (the directory holding {@code bin/kc.sh})
     * @param dataDir Keycloak's state; created if missing and reused on the next start
     * @param realmFile the realm export imported on the first start, the same file production imports
     * @param localAdditions clients and users only the local realm has (demo users, password-grant client)
     * @param port HTTP port on 127.0.0.1; the management interface (health) uses port + 1000
     * @param logFile Keycloak's console output, truncated at each start
     */
    public static EmbeddedKeycloak start(
            Path distHome, Path dataDir, Path realmFile, Path localAdditions, int port, Path logFile) {
        Path runner = distHome.resolve("lib/quarkus-run.jar");
        if (!Files.isRegularFile(runner)) {
            throw new IllegalArgumentException("not an unzipped keycloak-quarkus-dist: " + distHome);
        }
        int managementPort = port + MANAGEMENT_PORT_OFFSET;
        // Otherwise a Keycloak left over from an earlier run would answer the readiness probe and we
        // would report success for a server that has some other data, or the start would fail late.
        requireFreePort(port);
        requireFreePort(managementPort);
        try {
            Path importDir = dataDir.resolve("import");
            Files.createDirectories(importDir);
            // Always refresh the copy: a changed realm file still only applies to a fresh dataDir,
            // because the startup import skips realms that already exist.
            Files.writeString(importDir.resolve(REALM + "-realm.json"), localRealm(realmFile, localAdditions));
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Files.writeString(logFile, "", StandardCharsets.UTF_8); // one run per log file
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Keycloak data directory " + dataDir, e);
        }

        EmbeddedKeycloak keycloak =
                new EmbeddedKeycloak(distHome.toAbsolutePath(), dataDir.toAbsolutePath(), port, logFile);
        try {
            keycloak.launch(false);
            keycloak.awaitReady();
            return keycloak;
        } catch (RuntimeException | Error e) {
            keycloak.close();
            throw e;
        }
    }

    /** The production realm with the local clients and users appended. */
    static String localRealm(Path realmFile, Path localAdditions) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode) json.readTree(realmFile.toFile());
        JsonNode additions = json.readTree(localAdditions.toFile());
        for (String list : List.of("clients", "users")) {
            ArrayNode merged = realm.withArray(list);
            additions.path(list).forEach(merged::add);
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(realm);
    }

    /** Issuer of the realm's tokens; pinned via {@code --hostname}, so it does not depend on the caller's Host. */
    public String issuer() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** Graceful stop (SIGTERM), then SIGKILL if Keycloak does not stop in time. */
    @Override
    public void close() {
        Process p = process;
        try {
            if (p != null && p.isAlive()) {
                p.destroy();
                if (!p.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    p.waitFor(10, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            if (watchdog != null) {
                watchdog.destroy();
            }
        }
    }

    private void awaitReady() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        boolean relaunched = false;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                int exit = process.exitValue();
                if (exit != EXIT_REAUGMENTED || relaunched) {
                    throw new IllegalStateException("Keycloak exited with " + exit + " during start-up; log " + logFile
                            + ":\n" + tail(logFile));
                }
                // First start after unzipping, or after a build option changed: Keycloak has rebuilt
                // itself for dev mode (into distHome/lib/quarkus) and needs a fresh JVM.
                watchdog.destroy();
                launch(true);
                relaunched = true;
                continue;
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Keycloak", e);
            }
            sleep(500);
        }
        throw new IllegalStateException("Keycloak did not serve realm " + REALM + " within " + START_TIMEOUT.toSeconds()
                + " s; log " + logFile + ":\n" + tail(logFile));
    }

    private void launch(boolean built) {
        List<String> command = command(distHome, dataDir, port, port + MANAGEMENT_PORT_OFFSET, built);
        ProcessBuilder pb = new ProcessBuilder(command)
                // Keycloak is a Quarkus app too: it would read .env and config/application.properties
                // from its working directory, and QUARKUS_*/KC_* variables from the environment.
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        Map<String, String> env = pb.environment();
        env.keySet()
                .removeIf(k -> k.startsWith("QUARKUS_")
                        || k.startsWith("KC_")
                        || k.startsWith("KEYCLOAK_")
                        || k.equals("JAVA_TOOL_OPTIONS")
                        || k.equals("JDK_JAVA_OPTIONS")
                        || k.equals("_JAVA_OPTIONS"));
        // Only creates the admin on an empty database; local use only.
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Keycloak: " + command.getFirst(), e);
        }
        watchdog = ParentWatch.guard(process.pid(), "TERM");
        try {
            process.getOutputStream().close(); // Keycloak reads no input
        } catch (IOException ignored) {
            // nothing to flush
        }
    }

    private static List<String> command(Path distHome, Path dataDir, int port, int managementPort, boolean built) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(
                java,
                // kc.sh defaults (heap capped at 512m), plus the add-opens Quarkus and Infinispan need.
                "-Xms64m",
                "-Xmx512m",
                "-XX:MetaspaceSize=96M",
                "-XX:MaxMetaspaceSize=256m",
                "-XX:+UseG1GC",
                "-XX:+ExitOnOutOfMemoryError",
                "-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8",
                "-Djava.security.egd=file:/dev/urandom",
                "-Duser.language=en",
                "-Duser.country=US",
                "--add-opens=java.base/java.util=ALL-UNNAMED",
                "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                "--add-opens=java.base/java.security=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--enable-native-access=ALL-UNNAMED",
                "-Djava.util.concurrent.ForkJoinPool.common.threadFactory="
                        + "io.quarkus.bootstrap.forkjoin.QuarkusForkJoinWorkerThreadFactory",
                "-Dkc.home.dir=" + distHome,
                "-Djboss.server.config.dir=" + distHome.resolve("conf"),
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-Dpicocli.disable.closures=true",
                "-Dquarkus-log-max-startup-records=10000",
                // The startup import reads this directory; --import-realm would only look at
                // distHome/data/import, which is shared by every dataDir.
                "-Dkeycloak.migration.dir=" + dataDir.resolve("import"),
                "-Dquarkus.transaction-manager.object-store.directory=" + dataDir.resolve("transaction-logs")));
        if (built) {
            cmd.add("-Dkc.config.built=true");
        }
        cmd.addAll(List.of(
                "-cp",
                distHome.resolve("lib/quarkus-run.jar").toString(),
                "io.quarkus.bootstrap.runner.QuarkusEntryPoint",
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                // Pins the issuer and all endpoint URLs, whether a client says localhost or 127.0.0.1.
                "--hostname=http://127.0.0.1:" + port,
                "--health-enabled=true",
                "--http-management-host=127.0.0.1",
                "--http-management-port=" + managementPort,
                "--db=dev-file",
                // The dev-file default would put the database under distHome/data.
                "--db-url=jdbc:h2:file:" + dataDir.resolve("h2/keycloakdb") + ";NON_KEYWORDS=VALUE",
                "--log-console-color=false"));
        return cmd;
    }

    private static void requireFreePort(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
        } catch (IOException e) {
            return; // nothing listening
        }
        throw new IllegalStateException("port " + port + " on 127.0.0.1 is already in use (an earlier Keycloak?)");
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
