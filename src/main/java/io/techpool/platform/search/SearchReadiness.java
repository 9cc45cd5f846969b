package io.techpool.platform.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the search cluster answers: writes still commit without it (the outbox keeps
 * them), but searches would fail, so a replica should not take traffic.
 */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @ConfigProperty(name = "quarkus.hibernate-search-orm.elasticsearch.hosts")
    List<String> hosts;

    @ConfigProperty(name = "quarkus.hibernate-search-orm.elasticsearch.protocol", defaultValue = "http")
    String protocol;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Search cluster health check");
        String host = hosts.getFirst();
        try {
            HttpResponse<String> health = HTTP.send(
                    HttpRequest.newBuilder(URI.create(protocol + "://" + host + "/_cluster/health"))
                            .timeout(Duration.ofSeconds(3))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean up = health.statusCode() == 200 && !health.body().contains("\"status\":\"red\"");
            return response.status(up).withData("host", host).build();
        } catch (Exception e) {
            return response.down()
                    .withData("host", host)
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
