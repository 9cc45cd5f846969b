package io.techpool.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Per-client token buckets on the public pool, chains and feeds, so one scraper cannot take the service
 * down: {@code techpool.rate-limit.per-minute} requests a minute per client address, answered with 429 and
 * {@code Retry-After} beyond that. The address is the connection's, or the one a proxy listed in
 * {@code quarkus.http.proxy.trusted-proxies} forwards: a forwarding header from anyone else is not believed.
 * The limit is per replica (N replicas let a client make N times as many requests): enough to stop a
 * scraper, with no shared state on the request path.
 */
public class RateLimit {

    /**
     * Buckets idle for a minute are full again, so forgetting them changes nothing; the size bound only
     * matters under a flood of addresses, which then costs bounded memory, not an unbounded map.
     */
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(1))
            .build();

    // A provider: filters are built at static init, before runtime configuration exists.
    @Inject
    Provider<TechPoolConfig> config;

    @Inject
    CurrentLanguage language;

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (!applies(path)) {
            return null;
        }
        int perMinute = config.get().rateLimit().perMinute();
        String client =
                http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        long waitMillis = buckets.get(client, c -> new Bucket(perMinute)).take(perMinute, System.nanoTime());
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

    /** The public pool and the feeds; the served API document declares their 429 from this too. */
    static boolean applies(String path) {
        return path.startsWith("/api/v1/pool") || path.startsWith("/api/v1/chains") || path.startsWith("/feeds/");
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
