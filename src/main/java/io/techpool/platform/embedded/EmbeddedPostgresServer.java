package io.techpool.platform.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL 17 from zonky's Maven Central binaries, bound to 127.0.0.1. An existing data
 * directory is reused as it is (initdb runs only for an empty one), so data survives restarts.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Process watchdog;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        // INT is PostgreSQL's fast shutdown: clean, and quick enough for a dying parent.
        this.watchdog = ParentWatch.guard(postmasterPid(dataDir), "INT");
    }

    /**
     * The postmaster's pid from its lock file. zonky's own process handle is not it when running as
     * root: then zonky starts the server through {@code pg_ctl}, which detaches the postmaster.
     */
    private static long postmasterPid(Path dataDir) {
        try {
            return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid"))
                    .getFirst()
                    .trim());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the postmaster pid in " + dataDir, e);
        }
    }

    public static EmbeddedPostgresServer start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100")
                    .start();
            return new EmbeddedPostgresServer(postgres, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    /** JDBC URL of the {@code postgres} database as the {@code postgres} superuser (local use only). */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    public String username() {
        return "postgres";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            watchdog.destroy();
        }
    }
}
