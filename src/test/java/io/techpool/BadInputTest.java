package io.techpool;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's generated bad input: malformed, oversized, wrongly typed and hostile requests (NUL, RTL override,
 * zero-width characters, 10 MB strings, deep JSON, huge numbers, wrong content types, missing bodies) to every
 * write operation of the served document, each with a valid token of a role allowed to call it and the real
 * objects of the authorization matrix's world. No answer may be a 5xx, and the rows of every table stay as they
 * were after the rejected ones. The generator is seeded: a failure names the seed, the request and the answer.
 */
@QuarkusTest
class BadInputTest {

    /** At least this many requests in all. */
    static final int REQUESTS = 10_000;

    /** How often a 10 MB body is sent per operation (they are refused by size; each still crosses the socket). */
    static final int HUGE_PER_OPERATION = 1;

    static final long SEED = Long.getLong("techpool.bad-input.seed", 20261130L);

    @Inject
    DataSource database;

    @Test
    void hostileRequestsToEveryWriteOperation_answerNo5xx_andChangeNoRowWhenRejected() throws Exception {
        long started = System.nanoTime();
        JsonNode document = new ObjectMapper().readTree(OpenApiValidation.document(RestAssured.port));
        JsonNode matrix;
        try (InputStream in = getClass().getResourceAsStream("/authz/matrix.yaml")) {
            matrix = new YAMLMapper().readTree(in);
        }
        AuthorizationMatrixTest.World world = AuthorizationMatrixTest.World.build();
        Map<String, AuthorizationMatrixTest.Operation> operations = AuthorizationMatrixTest.documentedOperations();

        List<Target> targets = new ArrayList<>();
        for (var op : operations.entrySet()) {
            if (op.getValue().method().equals("GET")) {
                continue;
            }
            JsonNode row = matrix.path("operations").path(op.getKey());
            String principal = firstAllowed(matrix, row.path("allow"));
            String path = world.path(op.getValue().path(), row.path("path"), principal);
            String bodyName = row.path("body").asText(null);
            Object valid =
                    bodyName == null ? Map.of() : world.bodies.get(bodyName).get();
            boolean takesBody = document.path("paths")
                    .path(op.getValue().path())
                    .path(op.getValue().method().toLowerCase())
                    .path("requestBody")
                    .isObject();
            targets.add(new Target(
                    op.getKey(),
                    op.getValue().method(),
                    op.getValue().path(),
                    path,
                    world.tokens.get(principal),
                    takesBody,
                    JSON.valueToTree(valid)));
        }
        assertThat(targets).hasSizeGreaterThan(25);

        Random random = new Random(SEED);
        Map<String, Integer> before = rowCounts();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int rejected = 0;
        int accepted = 0;
        int unverified = 0;
        int pendingRejected = 0;
        int closedOversize = 0;
        Map<Integer, Integer> statuses = new TreeMap<>();
        int perOperation = REQUESTS / targets.size() + 1;
        for (Target target : targets) {
            List<Attempt> attempts = new Generator(random, target).attempts(perOperation);
            for (Attempt attempt : attempts) {
                Response answer;
                try {
                    answer = attempt.send(target);
                } catch (
                        com.atlassian.oai.validator.restassured.OpenApiValidationFilter.OpenApiValidationException
                                drift) {
                    sent++;
                    failures.add("answer not as documented: " + target.operationId + " " + attempt.kind + " "
                            + attempt.path + ": " + drift.getMessage());
                    continue;
                } catch (Exception closed) {
                    // The server may refuse an oversized body by closing the connection while it is still sent.
                    sent++;
                    if (attempt.body != null && attempt.body.length > 1024 * 1024) {
                        closedOversize++;
                    } else {
                        failures.add("not sent: " + target.operationId + " " + attempt.kind + " [" + attempt.contentType
                                + "]: " + closed);
                    }
                    continue;
                }
                sent++;
                int status = answer.statusCode();
                statuses.merge(status, 1, Integer::sum);
                if (status >= 500) {
                    failures.add(describe(target, attempt, answer));
                    continue;
                }
                if (status < 400) {
                    // A hostile-looking request that is valid (an RTL mark inside a title, say) may be taken:
                    // the rejected ones since the last count are then checked no further.
                    accepted++;
                    unverified += pendingRejected;
                    pendingRejected = 0;
                    before = rowCounts();
                    continue;
                }
                rejected++;
                pendingRejected++;
                if (pendingRejected >= 200) {
                    Map<String, Integer> after = rowCounts();
                    if (!after.equals(before)) {
                        failures.add("rows changed by rejected requests to " + target.operationId + " up to "
                                + attempt.kind + ": " + difference(before, after));
                        before = after;
                    }
                    pendingRejected = 0;
                }
            }
            Map<String, Integer> after = rowCounts();
            if (!after.equals(before)) {
                failures.add("rows changed by rejected requests to " + target.operationId + ": "
                        + difference(before, after));
                before = after;
            }
            pendingRejected = 0;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "Generated bad input (seed %d): %d requests to %d write operations in %.1f s: %d rejected (4xx), %d"
                        + " taken, %d rejected but not row-checked, %d oversized bodies cut off, %d failures; statuses %s%n",
                SEED,
                sent,
                targets.size(),
                seconds,
                rejected,
                accepted,
                unverified,
                closedOversize,
                failures.size(),
                statuses);
        assertThat(failures)
                .as("5xx answers and rows changed by rejected requests")
                .isEmpty();
        assertThat(sent).isGreaterThanOrEqualTo(REQUESTS);
    }

    static final ObjectMapper JSON = new ObjectMapper();

    record Target(
            String operationId,
            String method,
            String template,
            String path,
            String token,
            boolean takesBody,
            JsonNode valid) {}

    /** One request: a body (bytes, or none), a content type, and a path. */
    record Attempt(String kind, String path, String contentType, byte[] body, Map<String, String> headers) {

        Response send(Target target) {
            // Bodies go out as the bytes given, whatever the content type says.
            RequestSpecification request = given().config(RestAssured.config()
                            .encoderConfig(EncoderConfig.encoderConfig()
                                    .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                                    .encodeContentTypeAs("application/x-www-form-urlencoded", ContentType.BINARY)
                                    .encodeContentTypeAs("multipart/form-data", ContentType.BINARY)
                                    .encodeContentTypeAs("text/plain", ContentType.BINARY)
                                    .encodeContentTypeAs("application/xml", ContentType.BINARY)))
                    .urlEncodingEnabled(false)
                    .redirects()
                    .follow(false)
                    .auth()
                    .oauth2(target.token);
            if (contentType != null) {
                request = request.contentType(contentType);
            }
            if (body != null) {
                request = request.body(body);
            }
            for (var header : headers.entrySet()) {
                request = request.header(header.getKey(), header.getValue());
            }
            return request.request(target.method, path);
        }
    }

    /** Hostile variations of one operation's valid request, drawn from a seeded random source. */
    static final class Generator {

        static final String[] HOSTILE_TEXT = {
            "\u0000",
            "a\u0000b",
            "\u202Eevil\u202C",
            "\u200B",
            "\u200B\u200C\u200D\uFEFF",
            "\u3000\u3000",
            "\uD800",
            "\uDFFF\uD800",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "${jndi:ldap://x}",
            "{{7*7}}",
            "../../../../etc/passwd",
            "\r\nSet-Cookie: x=y",
            "𠜎𠜱𠝹𠱓",
            "\u0301\u0301\u0301",
            "",
            " ",
        };

        static final String[] NUMBERS = {
            "1e20",
            "1e308",
            "1e400",
            "-1e400",
            "-1",
            "0",
            "-0.0",
            "9223372036854775808",
            "-9223372036854775809",
            "123456789012345678901234567890",
            "0.000000000000000000000001",
            "1.5",
            "NaN",
            "Infinity",
            "1e-400",
            "99999999999999999999.99"
        };

        static final String[] BROKEN_JSON = {
            "{",
            "}",
            "[",
            "{\"a\":",
            "{\"a\" 1}",
            "nul",
            "tru",
            "{'a': 1}",
            "{\"a\":1,}",
            "[1,2,",
            "\"unterminated",
            "{\"a\":\"\\u00\"}",
            "{\"a\":\"\\x41\"}",
            "\u0000",
            "{} {}",
            "{\"a\":1}garbage",
            "<xml/>",
            "a=b&c=d"
        };

        static final String[] CONTENT_TYPES = {
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/json; charset=ISO-8859-1",
            "application/json; charset=x-unknown",
            "application/octet-stream",
            "application/problem+json",
            "*/*",
            "application/json, text/plain",
            "application/jsonx",
            ";;;"
        };

        static final String[] HOSTILE_IDS = {
            "00000000-0000-0000-0000-000000000000",
            "not-a-uuid",
            "%00",
            "..%2F..%2Fetc",
            "%E2%80%AE",
            "%20",
            "x".repeat(2000),
            "1%27%20OR%201%3D1",
            "%F0%9F%98%80",
            "-1",
            "99999999999999999999",
            "%C0%AF"
        };

        private final Random random;
        private final Target target;

        Generator(Random random, Target target) {
            this.random = random;
            this.target = target;
        }

        List<Attempt> attempts(int count) {
            List<Attempt> attempts = new ArrayList<>();
            for (int i = 0; i < HUGE_PER_OPERATION; i++) {
                attempts.add(json("10MB-string", withText(target.valid, "x".repeat(10 * 1024 * 1024))));
            }
            attempts.add(raw("deep-array", "[".repeat(100_000) + "]".repeat(100_000)));
            attempts.add(raw("deep-object", "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)));
            attempts.add(raw("missing-body", null));
            while (attempts.size() < count) {
                attempts.add(next());
            }
            if (!target.takesBody) {
                // The body is not read: on the real object each request would simply act (submit, publish…).
                return attempts.stream()
                        .map(a -> new Attempt(a.kind, hostilePath(), a.contentType, a.body, a.headers))
                        .toList();
            }
            return attempts;
        }

        private Attempt next() {
            int kind = random.nextInt(9);
            return switch (kind) {
                case 0 -> raw("broken-json", pick(BROKEN_JSON));
                case 1 ->
                    new Attempt(
                            "content-type", target.path, pick(CONTENT_TYPES), bytes(target.valid.toString()), Map.of());
                case 2 -> json("wrong-type", wrongType(target.valid));
                case 3 -> json("hostile-text", withText(target.valid, hostileText()));
                case 4 -> numberAttempt();
                case 5 -> json("long-text", withText(target.valid, "长".repeat(1 + random.nextInt(200_000))));
                case 6 ->
                    new Attempt(
                            "hostile-id", hostilePath(), "application/json", bytes(target.valid.toString()), Map.of());
                case 7 -> json("unknown-field", withField(target.valid, "x" + random.nextInt(1000) + "\u202E", "1"));
                default ->
                    new Attempt(
                            "hostile-header",
                            target.path,
                            "application/json",
                            bytes(wrongType(target.valid).toString()),
                            Map.of("Accept-Language", hostileText().replaceAll("[\\u0000-\\u001f]", "x") + ";q=abc"));
            };
        }

        private Attempt numberAttempt() {
            String number = pick(NUMBERS);
            JsonNode body = target.valid;
            List<String> numericFields = new ArrayList<>();
            body.fields().forEachRemaining(field -> {
                if (field.getValue().isNumber()) {
                    numericFields.add(field.getKey());
                }
            });
            String field =
                    numericFields.isEmpty() ? "budgetMin" : numericFields.get(random.nextInt(numericFields.size()));
            String text = body.isObject() ? replaceRaw(body, field, number) : number;
            boolean beyond =
                    number.length() > 12 || number.contains("e20") || number.contains("e3") || number.contains("e4");
            return raw((beyond ? "number-beyond-column " : "number ") + field + "=" + number, text);
        }

        private String hostileText() {
            return pick(HOSTILE_TEXT) + (random.nextBoolean() ? "标题" : "") + pick(HOSTILE_TEXT);
        }

        private String hostilePath() {
            String id = pick(HOSTILE_IDS);
            String template = target.template;
            if (!template.contains("{")) {
                return target.path + "?page=" + id + "&dryRun=" + id;
            }
            return template.replaceAll("\\{[^}]+}", id);
        }

        private Attempt raw(String kind, String body) {
            return new Attempt(kind, target.path, "application/json", body == null ? null : bytes(body), Map.of());
        }

        private Attempt json(String kind, JsonNode body) {
            return new Attempt(kind, target.path, "application/json", bytes(body.toString()), Map.of());
        }

        /** A copy of {@code body} with one string field (or a new one) set to {@code text}. */
        private JsonNode withText(JsonNode body, String text) {
            if (!body.isObject()) {
                return JSON.getNodeFactory().textNode(text);
            }
            List<String> strings = new ArrayList<>();
            collectStringPaths(body, "", strings);
            var copy = body.deepCopy();
            if (strings.isEmpty()) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) copy).put("text", text);
                return copy;
            }
            String path = strings.get(random.nextInt(strings.size()));
            setAt(copy, path, JSON.getNodeFactory().textNode(text));
            return copy;
        }

        private JsonNode withField(JsonNode body, String name, String value) {
            var copy = body.isObject()
                    ? (com.fasterxml.jackson.databind.node.ObjectNode) body.deepCopy()
                    : JSON.createObjectNode();
            copy.put(name, value);
            return copy;
        }

        /** A copy of {@code body} with one field given a value of another JSON type. */
        private JsonNode wrongType(JsonNode body) {
            if (!body.isObject() || body.isEmpty()) {
                return pickNode();
            }
            List<String> paths = new ArrayList<>();
            collectPaths(body, "", paths);
            var copy = body.deepCopy();
            setAt(copy, paths.get(random.nextInt(paths.size())), pickNode());
            return copy;
        }

        private JsonNode pickNode() {
            var f = JSON.getNodeFactory();
            return switch (random.nextInt(7)) {
                case 0 -> f.numberNode(random.nextInt());
                case 1 -> f.textNode("七");
                case 2 -> f.booleanNode(random.nextBoolean());
                case 3 -> f.nullNode();
                case 4 -> f.arrayNode().add(f.objectNode()).add(1);
                case 5 -> f.objectNode().put("zh", 1);
                default -> f.arrayNode();
            };
        }

        private static void collectStringPaths(JsonNode node, String prefix, List<String> into) {
            node.fields().forEachRemaining(field -> {
                String path = prefix + "/" + field.getKey();
                if (field.getValue().isTextual()) {
                    into.add(path);
                } else if (field.getValue().isObject()) {
                    collectStringPaths(field.getValue(), path, into);
                }
            });
        }

        private static void collectPaths(JsonNode node, String prefix, List<String> into) {
            node.fields().forEachRemaining(field -> {
                String path = prefix + "/" + field.getKey();
                into.add(path);
                if (field.getValue().isObject()) {
                    collectPaths(field.getValue(), path, into);
                }
            });
        }

        private static void setAt(JsonNode root, String pointer, JsonNode value) {
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = slash == 0 ? root : root.at(pointer.substring(0, slash));
            ((com.fasterxml.jackson.databind.node.ObjectNode) parent).set(pointer.substring(slash + 1), value);
        }

        /** The body's JSON with one top-level field's value written as the raw text {@code number}. */
        private static String replaceRaw(JsonNode body, String field, String number) {
            var copy = (com.fasterxml.jackson.databind.node.ObjectNode) body.deepCopy();
            String marker = "__number_" + System.nanoTime() + "__";
            copy.put(field, marker);
            return copy.toString().replace("\"" + marker + "\"", number);
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }

        private static byte[] bytes(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String firstAllowed(JsonNode matrix, JsonNode allow) {
        JsonNode first = allow.isArray() ? allow.get(0) : allow;
        JsonNode group = matrix.path("groups").path(first.asText());
        String principal = group.isArray() ? group.get(0).asText() : first.asText();
        // Public operations have no write; a group led by "anonymous" would send no token.
        return principal.equals("anonymous") ? "operator" : principal;
    }

    private static String describe(Target target, Attempt attempt, Response answer) {
        String body = attempt.body == null ? "(none)" : new String(attempt.body, StandardCharsets.UTF_8);
        if (body.length() > 300) {
            body = body.substring(0, 300) + "… (" + attempt.body.length + " bytes)";
        }
        return target.operationId + " " + attempt.kind + " " + target.method + " " + attempt.path + " ["
                + attempt.contentType + "] " + body + " → " + answer.statusCode() + " " + answer.asString();
    }

    /** Rows per table of the application's schema; Hibernate Search's outbox and agents change on their own. */
    private Map<String, Integer> rowCounts() throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = current_schema() and table_type = 'BASE TABLE'"
                    + " and table_name not like 'hsearch%' order by table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            StringBuilder query = new StringBuilder();
            for (String table : tables) {
                if (!query.isEmpty()) {
                    query.append(" union all ");
                }
                query.append("select '")
                        .append(table)
                        .append("', count(*) from \"")
                        .append(table)
                        .append('"');
            }
            try (ResultSet rs = statement.executeQuery(query.toString())) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    private static String difference(Map<String, Integer> before, Map<String, Integer> after) {
        List<String> changed = new ArrayList<>();
        for (var table : after.entrySet()) {
            Integer was = before.get(table.getKey());
            if (!table.getValue().equals(was)) {
                changed.add(table.getKey() + " " + was + " → " + table.getValue());
            }
        }
        return String.join(", ", changed);
    }
}
