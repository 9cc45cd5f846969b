package io.techpool;

import io.techpool.platform.embedded.EmbeddedOpenSearch;
import io.techpool.platform.embedded.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The real services a packaged app ({@link AppProcess}) runs against in an IT: PostgreSQL, an OpenSearch node and
 * the test OIDC provider, under a folder of {@code target/}; the tests' tokens are signed for that provider.
 * PostgreSQL can be stopped and started again on its port and data, for outages.
 */
public final class AppServices implements AutoCloseable {

    private final Path work;
    private final int postgresPort;
    private EmbeddedPostgresServer postgres;
    private final EmbeddedOpenSearch search;
    private final TestOidcProvider oidc;

    private AppServices(Path work) {
        this.work = work;
        this.postgresPort = EmbeddedOpenSearch.freePort();
        this.postgres = EmbeddedPostgresServer.start(work.resolve("postgres"), postgresPort);
        this.search = EmbeddedOpenSearch.start(
                Path.of("embedded-opensearch", "target", "lib"),
                work.resolve("opensearch"),
                EmbeddedOpenSearch.freePort(),
                work.resolve("opensearch.log"));
        this.oidc = TestOidcProvider.start();
        System.setProperty("smallrye.jwt.sign.key.location", "privateKey.jwk");
        System.setProperty("smallrye.jwt.new-token.issuer", oidc.issuer());
    }

    /** Starts the three in a new folder {@code target/<name>-…}. */
    public static AppServices start(String name) throws java.io.IOException {
        return new AppServices(Files.createTempDirectory(Path.of("target"), name + "-"));
    }

    /** The settings that point an app at these services; an IT adds its own to a copy. */
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
        settings.put("quarkus.datasource.username", postgres.username());
        settings.put("quarkus.hibernate-search-orm.elasticsearch.hosts", search.hostAndPort());
        settings.put("quarkus.oidc.auth-server-url", oidc.issuer());
        return settings;
    }

    public Path work() {
        return work;
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    public EmbeddedOpenSearch search() {
        return search;
    }

    public void stopPostgres() {
        postgres.close();
    }

    /** PostgreSQL again, on the same port and data, after {@link #stopPostgres}. */
    public void startPostgres() {
        postgres = EmbeddedPostgresServer.start(work.resolve("postgres"), postgresPort);
    }

    @Override
    public void close() {
        closeAll(oidc, search, postgres);
    }

    /** Closes each, the first to stop first, reporting and passing over any that fails to. */
    public static void closeAll(AutoCloseable... services) {
        for (AutoCloseable service : services) {
            try {
                if (service != null) {
                    service.close();
                }
            } catch (Exception e) {
                System.err.println("stopping " + service + ": " + e);
            }
        }
    }
}
