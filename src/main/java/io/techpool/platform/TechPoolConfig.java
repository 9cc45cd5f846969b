package io.techpool.platform;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.ZoneId;

/** Settings of TechPool itself (the {@code techpool.*} keys). */
@ConfigMapping(prefix = "techpool")
public interface TechPoolConfig {

    /** Time zone that decides calendar facts such as the year in a registration number. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    /**
     * The address people reach TechPool at ({@code https://techpool.example.cn}), for the absolute links of
     * pages, feeds and the sitemap. Unset (the local run), links take the request's own scheme and host.
     */
    java.util.Optional<java.net.URI> publicUrl();

    /** Largest JSON request body accepted; larger ones get 413 before they are read. */
    @WithDefault("2M")
    MemorySize maxBodySize();

    /** Limits on the public, anonymous endpoints. */
    RateLimit rateLimit();

    interface RateLimit {

        /** Requests a minute one client (address) may make to the pool and the feeds. */
        @WithDefault("120")
        int perMinute();
    }

    /** Where the local run keeps the data of the services it embeds; survives restarts. */
    @WithDefault("data")
    Path dataDir();

    /** The services started when the environment names no external ones. */
    Embedded embedded();

    interface Embedded {

        /** Jars of the OpenSearch child JVM, built by {@code embedded-opensearch/pom.xml}. */
        @WithDefault("embedded-opensearch/target/lib")
        Path opensearchLib();

        /** The unpacked Keycloak distribution; the Run profile unpacks it under {@code target/keycloak}. */
        @WithDefault("target/keycloak/keycloak-26.7.3")
        Path keycloakHome();

        /** The realm imported on Keycloak's first start: the same file production imports. */
        @WithDefault("k8s/keycloak/techpool-realm.json")
        Path keycloakRealm();

        /** Clients and users only the local realm gets: the demo users and the password-grant CLI client. */
        @WithDefault("k8s/keycloak/local-additions.json")
        Path keycloakLocalAdditions();

        /** Keycloak's HTTP port; the issuer in tokens carries it, so it is fixed. */
        @WithDefault("8180")
        int keycloakPort();
    }

    /** Creates the demo users' organizations at start; set by the local run with its demo realm. */
    @WithDefault("false")
    boolean demoOrganizations();

    /**
     * Fills an empty pool with demo achievements at start, through the API as the demo users. The local run
     * turns it on with the embedded Keycloak (whose realm has those users) unless {@code TECHPOOL_DEMO_POOL=false}.
     */
    @WithDefault("false")
    boolean demoPool();
}
