package io.techpool.platform;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Per-client token buckets on the public pool and feeds, so one scraper cannot take the service
 * down: {@code techpool.rate-limit.per-minute} requests a minute per client address (behind a
 * proxy, enable {@code quarkus.http.proxy.proxy-address-forwarding} so the address is the client's),
 * answered with 429 and {@code Retry-After} beyond that.
 */
public class RateLimit {

    private static final int MAX_CLIENTS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    // A provider: filters are built at static init, before runtime configuration exists.
    @Inject
    Provider<TechPoolConfig> config;

    @Inject
    CurrentLanguage language;

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/v1/pool") && !path.startsWith("/feeds/")) {
            return null;
        }
        int perMinute = config.get().rateLimit().perMinute();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear(); // a flood of addresses: start afresh rather than grow without bound
        }
        String client =
                http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        long waitMillis =
                buckets.computeIfAbsent(client, c -> new Bucket(perMinute)).take(perMinute, System.nanoTime());
        if (waitMillis == 0) {
            return null;
        }
        long retryAfter = Math.max(1, (waitMillis + 999) / 1000);
        Messages msg = language.messages();
        return Response.status(429)
                .type(Problem.MEDIA_TYPE)
                .header("Retry-After", retryAfter)
                .entity(Problem.of(429, ProblemMapper.title(429, msg), msg.tooManyRequests(retryAfter))
                        .at(path))
                .build();
    }

    /** Refills continuously at perMinute/60 per second up to perMinute. */
    private static final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(int capacity) {
            this.tokens = capacity;
            this.refilledAt = System.nanoTime();
        }

        /** 0 when a token was taken, else the milliseconds until the next one. */
        synchronized long take(int perMinute, long now) {
            double perNano = perMinute / 60e9;
            tokens = Math.min(perMinute, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano / 1e6);
        }
    }
}
