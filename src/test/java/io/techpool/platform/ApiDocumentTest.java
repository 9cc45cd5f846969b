package io.techpool.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.techpool.OpenApiValidation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lints the served document the way a standard linter (Redocly's recommended rules) would: every operation has
 * a unique operationId, a declared security (the bearer scheme, or {@code []} for public calls) and its problem
 * answers, each an {@code application/problem+json} {@code Problem}. The document is also written to
 * {@code target/openapi.json} for people and tools.
 */
@QuarkusTest
class ApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private JsonNode document;

    @BeforeEach
    void read() throws IOException {
        String json = OpenApiValidation.document(RestAssured.port);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi.json"), json);
        document = new ObjectMapper().readTree(json);
    }

    @Test
    void isOpenApi303_whichTheAnswerValidatorReads() {
        assertThat(document.path("openapi").asText()).isEqualTo("3.0.3");
    }

    @Test
    void everyOperation_hasAUniqueOperationId() {
        List<String> missing = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> duplicate = new ArrayList<>();
        forEachOperation((name, operation) -> {
            String id = operation.path("operationId").asText("");
            if (id.isEmpty()) {
                missing.add(name);
            } else if (!seen.add(id)) {
                duplicate.add(id);
            }
        });
        assertThat(seen).hasSizeGreaterThan(40);
        assertThat(missing).as("operations without operationId").isEmpty();
        assertThat(duplicate).as("operationIds used twice").isEmpty();
    }

    @Test
    void everyOperation_declaresItsSecurity_theBearerSchemeOrNone() {
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.size()).as("security schemes").isEqualTo(1);
        assertThat(schemes.path("bearer").path("type").asText()).isEqualTo("http");
        assertThat(schemes.path("bearer").path("scheme").asText()).isEqualTo("bearer");
        List<String> undeclared = new ArrayList<>();
        List<String> otherScheme = new ArrayList<>();
        forEachOperation((name, operation) -> {
            JsonNode security = operation.get("security");
            if (security == null || !security.isArray()) {
                undeclared.add(name);
                return;
            }
            for (JsonNode requirement : security) {
                requirement.fieldNames().forEachRemaining(scheme -> {
                    if (!scheme.equals("bearer")) {
                        otherScheme.add(name + " " + scheme);
                    }
                });
            }
        });
        assertThat(undeclared).as("operations without declared security").isEmpty();
        assertThat(otherScheme).isEmpty();
        assertThat(operation("/api/v1/pool", "get").path("security").size()).isZero();
        assertThat(operation("/api/v1/rounds", "post").path("security").get(0).has("bearer"))
                .isTrue();
    }

    @Test
    void everyOperation_declaresA4xxAnswer_andEveryProblemAnswerIsAProblem() {
        List<String> without4xx = new ArrayList<>();
        List<String> notProblem = new ArrayList<>();
        forEachOperation((name, operation) -> {
            boolean any4xx = false;
            for (var it = operation.path("responses").fields(); it.hasNext(); ) {
                var response = it.next();
                if (!response.getKey().startsWith("4") && !response.getKey().startsWith("5")) {
                    continue;
                }
                any4xx |= response.getKey().startsWith("4");
                String ref = response.getValue()
                        .path("content")
                        .path("application/problem+json")
                        .path("schema")
                        .path("$ref")
                        .asText();
                if (!ref.equals("#/components/schemas/Problem")) {
                    notProblem.add(name + " " + response.getKey());
                }
            }
            if (!any4xx) {
                without4xx.add(name);
            }
        });
        assertThat(without4xx).as("operations without a 4xx answer").isEmpty();
        assertThat(notProblem)
                .as("error answers that are not problem+json Problems")
                .isEmpty();
        assertThat(operation("/api/v1/rounds/{id}", "put").path("responses").fieldNames())
                .toIterable()
                .contains("400", "401", "403", "404", "409", "413", "415");
        assertThat(document.at("/components/schemas/Problem/properties").fieldNames())
                .toIterable()
                .contains("type", "title", "status", "detail", "instance", "errors");
    }

    @Test
    void describesTheApiAndTheFeeds_notThePages() {
        assertThat(document.path("paths").fieldNames())
                .toIterable()
                .allMatch(path -> path.startsWith("/api/v1/") || path.startsWith("/feeds/"))
                .contains("/api/v1/achievements", "/feeds/pool.atom");
    }

    private JsonNode operation(String path, String method) {
        return document.path("paths").path(path).path(method);
    }

    private void forEachOperation(java.util.function.BiConsumer<String, JsonNode> check) {
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    if (METHODS.contains(method.getKey())) {
                        check.accept(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
                    }
                }));
    }
}
