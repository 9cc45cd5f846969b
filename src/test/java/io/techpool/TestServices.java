package io.techpool;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.techpool.platform.embedded.EmbeddedOpenSearch;
import io.techpool.platform.embedded.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.util.Map;

/**
 * The real services every test runs against: a fresh PostgreSQL, a fresh OpenSearch node and an
 * OpenID provider that publishes the key test tokens are signed with.
 */
@io.quarkus.test.common.QuarkusTestResource(TestServices.class)
public class TestServices implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgresServer postgres;
    private EmbeddedOpenSearch search;
    private TestOidcProvider oidc;

    @Override
    public Map<String, String> start() {
        Path work = Path.of(
                "target", "test-services", Long.toString(ProcessHandle.current().pid()));
        postgres = EmbeddedPostgresServer.start(work.resolve("postgres"), EmbeddedOpenSearch.freePort());
        search = EmbeddedOpenSearch.start(
                Path.of("embedded-opensearch", "target", "lib"),
                work.resolve("opensearch"),
                EmbeddedOpenSearch.freePort(),
                work.resolve("opensearch.log"));
        oidc = TestOidcProvider.start();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.username", postgres.username(),
                "quarkus.hibernate-search-orm.elasticsearch.hosts", search.hostAndPort(),
                "quarkus.oidc.auth-server-url", oidc.issuer(),
                "mp.jwt.verify.issuer", oidc.issuer(),
                "smallrye.jwt.new-token.issuer", oidc.issuer());
    }

    @Override
    public void stop() {
        if (oidc != null) {
            oidc.close();
        }
        if (search != null) {
            search.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
