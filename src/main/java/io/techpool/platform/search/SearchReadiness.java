package io.techpool.platform.search;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether the search cluster answers, at {@code /q/health/well}: information, not a gate. Readiness is what
 * the app can still serve, and without search it serves everything but searching (writes commit and reach the
 * index through the outbox once the cluster is back; searches answer 503 with {@code Retry-After}). Gating
 * readiness on search took every replica out of service when one node went down. Any host answering is
 * enough: the client spreads requests over all of them.
 */
@Wellness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    SearchSchema schema;

    @ConfigProperty(name = "quarkus.hibernate-search-orm.elasticsearch.hosts")
    List<String> hosts;

    @ConfigProperty(name = "quarkus.hibernate-search-orm.elasticsearch.protocol", defaultValue = "http")
    String protocol;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Search cluster health check");
        String failure = "no host";
        for (String host : hosts) {
            try {
                HttpResponse<String> health = HTTP.send(
                        HttpRequest.newBuilder(URI.create(protocol + "://" + host + "/_cluster/health"))
                                .timeout(Duration.ofSeconds(3))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && !health.body().contains("\"status\":\"red\"")) {
                    return schema.ready()
                            ? response.up().withData("host", host).build()
                            : response.down()
                                    .withData("host", host)
                                    .withData("error", "indexes not created yet")
                                    .build();
                }
                failure = host + ": " + health.statusCode();
            } catch (Exception e) {
                failure = host + ": " + e.getClass().getSimpleName();
            }
        }
        return response.down().withData("error", failure).build();
    }
}
