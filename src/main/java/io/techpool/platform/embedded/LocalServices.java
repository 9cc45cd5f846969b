package io.techpool.platform.embedded;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.techpool.platform.TechPoolConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Starts, before Quarkus reads its configuration, each backing service the environment does not
 * name: PostgreSQL unless {@code QUARKUS_DATASOURCE_JDBC_URL} is given, OpenSearch unless
 * {@code QUARKUS_HIBERNATE_SEARCH_ORM_ELASTICSEARCH_HOSTS} is, Keycloak unless
 * {@code QUARKUS_OIDC_AUTH_SERVER_URL} is. Production names all three and so starts nothing here.
 * The services' addresses are handed to Quarkus as system properties.
 */
public final class LocalServices implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalServices.class);

    private final List<AutoCloseable> started = new ArrayList<>();

    private LocalServices() {}

    public static LocalServices startMissing() {
        // Quarkus configures logging only once it starts; until then the log manager would print everything.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.INFO);
        LocalServices services = new LocalServices();
        Runtime.getRuntime().addShutdownHook(new Thread(services::close, "local-services-stop"));
        try {
            services.start();
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
        return services;
    }

    private void start() {
        // Quarkus has not started yet, so TechPool's own mapping is read here with the same sources and defaults.
        // The features' settings (techpool.matchmaking.*, …) belong to mappings only Quarkus knows: not unknown.
        TechPoolConfig config = new SmallRyeConfigBuilder()
                .addDefaultSources()
                .withConverter(MemorySize.class, 100, new MemorySizeConverter())
                .withMapping(TechPoolConfig.class)
                .withValidateUnknown(false)
                .build()
                .getConfigMapping(TechPoolConfig.class);
        Path dataDir = config.dataDir().toAbsolutePath();
        mockMailUnlessConfigured();
        if (setting("quarkus.datasource.jdbc.url").isEmpty()) {
            EmbeddedPostgresServer postgres =
                    EmbeddedPostgresServer.start(dataDir.resolve("postgres"), EmbeddedOpenSearch.freePort());
            started.add(postgres);
            System.setProperty("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
            System.setProperty("quarkus.datasource.username", postgres.username());
            LOG.infof("Embedded PostgreSQL at %s (data in %s)", postgres.jdbcUrl(), dataDir.resolve("postgres"));
        }
        if (setting("quarkus.hibernate-search-orm.elasticsearch.hosts").isEmpty()) {
            EmbeddedOpenSearch search = EmbeddedOpenSearch.start(
                    config.embedded().opensearchLib(),
                    dataDir.resolve("opensearch"),
                    EmbeddedOpenSearch.freePort(),
                    dataDir.resolve("logs/opensearch.log"));
            started.add(search);
            System.setProperty("quarkus.hibernate-search-orm.elasticsearch.hosts", search.hostAndPort());
            LOG.infof(
                    "Embedded OpenSearch at http://%s (data in %s)",
                    search.hostAndPort(), dataDir.resolve("opensearch"));
        }
        if (setting("quarkus.oidc.auth-server-url").isEmpty()) {
            EmbeddedKeycloak keycloak = EmbeddedKeycloak.start(
                    config.embedded().keycloakHome(),
                    dataDir.resolve("keycloak"),
                    config.embedded().keycloakRealm(),
                    config.embedded().keycloakLocalAdditions(),
                    config.embedded().keycloakPort(),
                    dataDir.resolve("logs/keycloak.log"));
            started.add(keycloak);
            System.setProperty("quarkus.oidc.auth-server-url", keycloak.issuer());
            // Only the local realm has the demo users, so only then do their organizations exist.
            System.setProperty("techpool.demo-organizations", "true");
            // ... and only then can DemoPool fill the pool as those users; TECHPOOL_DEMO_POOL=false turns it off.
            System.setProperty(
                    "techpool.demo-pool", setting("techpool.demo-pool").orElse("true"));
            LOG.infof(
                    "Embedded Keycloak at %s (admin/admin; data in %s)",
                    keycloak.issuer(), dataDir.resolve("keycloak"));
        } else if (setting("techpool.demo-pool").filter(Boolean::parseBoolean).isPresent()) {
            // An external Keycloak has no demo users with passwords to sign in as.
            System.setProperty("techpool.demo-pool", "false");
            LOG.warn("techpool.demo-pool needs the embedded Keycloak and its demo users: ignored");
        }
    }

    /** Without a mail server, mail goes to the mock mailbox and the log. */
    private static void mockMailUnlessConfigured() {
        if (setting("quarkus.mailer.host").isEmpty()
                && setting("quarkus.mailer.mock").isEmpty()) {
            System.setProperty("quarkus.mailer.mock", "true");
            LOG.info("No mail server configured: e-mails are logged, not sent");
        }
    }

    /** A Quarkus setting from a system property or its environment-variable form, as Quarkus would read it. */
    static Optional<String> setting(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    @Override
    public synchronized void close() {
        // Reverse order: the identity provider and search go first, the database last.
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                LOG.warn("Stopping an embedded service failed", e);
            }
        }
        started.clear();
    }
}
