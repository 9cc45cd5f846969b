package io.techpool;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.techpool.platform.embedded.EmbeddedOpenSearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged app ({@code target/quarkus-app/quarkus-run.jar}) as a child JVM of an IT, against services the IT
 * started and names in {@code settings}; the app then embeds none of its own.
 */
public final class AppProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the app and waits until it is ready. */
    public static AppProcess start(Path work, String name, Map<String, String> settings) {
        int port = EmbeddedOpenSearch.freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.add("-Dtechpool.data-dir=" + work.resolve(name).toAbsolutePath());
        command.add("-Dquarkus.http.port=" + port);
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(System.getProperty("techpool.app.jar"));
        Path log = work.resolve(name + ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            AppProcess app = new AppProcess(process, port, log);
            app.awaitReady();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    assertThat(process.isAlive()).as("the app runs; see " + log).isTrue();
                    try {
                        return given().port(port).get("/q/health/ready").statusCode() == 200;
                    } catch (Exception notYet) {
                        return false;
                    }
                });
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /**
     * Ends the app as {@code kill -9} or the kernel's OOM killer would: SIGKILL, so no shutdown hook, no graceful
     * stop, transactions cut off mid-way. {@link Process#destroyForcibly} sends SIGKILL on Linux (the JDK's
     * {@code ProcessHandleImpl.destroy0} calls {@code kill(pid, SIGKILL)}); a child ended by signal n exits with
     * 128 + n, so the answer is 137 exactly when the SIGKILL is what ended it.
     */
    public int kill() {
        process.destroyForcibly();
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the killed app", e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
