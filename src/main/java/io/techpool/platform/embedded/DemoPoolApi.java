package io.techpool.platform.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * TechPool's own HTTP API as the local realm's demo users call it: password-grant tokens of the public
 * client {@code techpool-cli}, JSON in and out, Chinese as the language. Any status of 400 or more is a
 * {@link Failure} naming the call.
 */
final class DemoPoolApi {

    /** A call the API refused, or one that did not get through. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    private record Token(String value, long expiresAtNanos) {}

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI app;
    private final URI tokenEndpoint;
    private final Map<String, Token> tokens = new HashMap<>();

    /**
     * @param app the app's base address, {@code http://127.0.0.1:8080}
     * @param issuer the realm's issuer, {@code http://127.0.0.1:8180/realms/techpool}
     */
    DemoPoolApi(URI app, String issuer) {
        this.app = app;
        this.tokenEndpoint = URI.create(issuer + "/protocol/openid-connect/token");
    }

    /** Whether the app answers as ready (database and search). */
    boolean ready() {
        try {
            HttpRequest probe = HttpRequest.newBuilder(app.resolve("/q/health/ready"))
                    .timeout(Duration.ofSeconds(10))
                    .build();
            return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYetListening) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code GET} anonymously. */
    JsonNode get(String path) {
        return send(null, "GET", path, null);
    }

    JsonNode get(String user, String path) {
        return send(user, "GET", path, null);
    }

    /** {@code POST} with a JSON body, or none when {@code body} is null (as curl sends an action). */
    JsonNode post(String user, String path, Object body) {
        return send(user, "POST", path, body);
    }

    JsonNode put(String user, String path, Object body) {
        return send(user, "PUT", path, body);
    }

    private JsonNode send(String user, String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.resolve(path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Accept-Language", "zh-CN");
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response =
                exchange(request.build(), (user == null ? "" : user + ": ") + method + " " + path);
        return read(response.body());
    }

    /** The user's access token, fetched again a minute before it expires. */
    private String token(String user) {
        Token token = tokens.get(user);
        if (token == null || System.nanoTime() > token.expiresAtNanos()) {
            String form =
                    "grant_type=password&client_id=techpool-cli&username=" + encode(user) + "&password=" + encode(user);
            HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build();
            JsonNode answer = read(exchange(request, "token of " + user).body());
            long lifetime = Math.max(answer.path("expires_in").asLong(60) - 60, 10);
            token = new Token(
                    answer.path("access_token").asText(),
                    System.nanoTime() + Duration.ofSeconds(lifetime).toNanos());
            tokens.put(user, token);
        }
        return token.value();
    }

    private HttpResponse<String> exchange(HttpRequest request, String what) {
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() >= 400) {
                throw new Failure(what + " -> " + response.statusCode() + ": " + abbreviate(response.body()));
            }
            return response;
        } catch (IOException e) {
            throw new Failure(what + " -> " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(what + " -> interrupted");
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new Failure("not JSON: " + abbreviate(body));
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }
}
