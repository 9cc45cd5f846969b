package io.techpool.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Ends a child process when this JVM ends, however it ends.
 *
 * <p>A shutdown hook does not run on SIGKILL, so each embedded service gets a tiny {@code sh}
 * watchdog whose standard input is a pipe from this JVM. The kernel closes that pipe when the JVM
 * dies; {@code cat} then returns and the watchdog signals the child. The same works on Linux and
 * macOS and needs no native code.
 */
final class ParentWatch {

    private ParentWatch() {}

    /**
     * Watches {@code pid}: when this JVM exits, the process receives {@code signal} (e.g. {@code TERM},
     * or {@code INT} for PostgreSQL's fast shutdown). Destroy the returned watchdog after stopping the
     * child normally.
     */
    public static Process guard(long pid, String signal) {
        try {
            return new ProcessBuilder("sh", "-c", "cat >/dev/null; kill -s " + signal + " " + pid + " 2>/dev/null")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the watchdog for process " + pid, e);
        }
    }
}
