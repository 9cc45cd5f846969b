package io.techpool;

import static io.restassured.RestAssured.given;
import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.techpool.achievement.SheetFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's authorization matrix: every operation of the served document × every principal of
 * {@code src/test/resources/authz/matrix.yaml}, and every page of WEB.md that exists, each cell an expected allow
 * or refusal written there as data. Beside each cell: the owner's contact and the reviewers' identities appear in
 * no answer the caller may not see (refusals, lists, search hits, the feed, errors), and the contact reaches the
 * investor only once the owner accepted the request.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final Set<Integer> REFUSED = Set.of(401, 403, 404);
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete");

    @Test
    void everyOperationOfTheDocument_hasItsRowInTheMatrix_andNoRowIsStale() throws IOException {
        Map<String, Operation> documented = documentedOperations();
        Set<String> rows = new TreeSet<>();
        matrix().path("operations").fieldNames().forEachRemaining(rows::add);

        Set<String> missing = new TreeSet<>(documented.keySet());
        missing.removeAll(rows);
        Set<String> stale = new TreeSet<>(rows);
        stale.removeAll(documented.keySet());
        assertThat(missing)
                .as("operations of /q/openapi with no row in src/test/resources/authz/matrix.yaml: add each with"
                        + " the principals allowed to call it")
                .isEmpty();
        assertThat(stale)
                .as("rows of matrix.yaml naming no operation of /q/openapi")
                .isEmpty();
    }

    @Test
    void everyCell_isAllowedOrRefusedAsWritten_andNothingLeaks() throws IOException {
        JsonNode matrix = matrix();
        Map<String, Operation> documented = documentedOperations();
        World world = World.build();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (var row = matrix.path("operations").fields(); row.hasNext(); ) {
            var entry = row.next();
            Operation operation = documented.get(entry.getKey());
            if (operation == null) {
                continue; // reported by the test above
            }
            Set<String> allowed = principals(matrix, entry.getValue().path("allow"));
            for (String principal : refusedFirst(allowed)) {
                String path = world.path(operation.path, entry.getValue().path("path"), principal);
                Response answer = world.send(
                        principal,
                        operation.method,
                        path,
                        entry.getValue().path("body").asText(null));
                cells++;
                boolean refused = REFUSED.contains(answer.statusCode());
                String cell = entry.getKey() + " as " + principal + " (" + operation.method + " " + path + ") → "
                        + answer.statusCode();
                if (answer.statusCode() >= 500) {
                    wrong.add(cell + ": server error");
                } else if (allowed.contains(principal) == refused) {
                    wrong.add(cell + (refused ? ": refused, matrix allows" : ": GRANTED, matrix refuses"));
                }
                world.leaks(principal, answer.asString()).forEach(leak -> wrong.add(cell + ": shows " + leak));
                if (entry.getKey().equals("MatchRequestResource_accept") && answer.statusCode() == 200) {
                    world.accepted = true;
                }
            }
        }
        int pageCells = 0;
        for (var row = matrix.path("pages").fields(); row.hasNext(); ) {
            var entry = row.next();
            Set<String> allowed = principals(matrix, entry.getValue().path("allow"));
            String path = world.pagePath(entry.getKey());
            for (String principal : refusedFirst(allowed)) {
                Response answer = world.page(principal, path);
                pageCells++;
                boolean refused = REFUSED.contains(answer.statusCode()) || toSignIn(answer);
                String cell = "page " + path + " as " + principal + " → " + answer.statusCode();
                if (answer.statusCode() >= 500) {
                    wrong.add(cell + ": server error");
                } else if (allowed.contains(principal) == refused) {
                    wrong.add(cell + (refused ? ": refused, matrix allows" : ": GRANTED, matrix refuses"));
                }
                world.leaks(principal, answer.asString()).forEach(leak -> wrong.add(cell + ": shows " + leak));
            }
        }
        System.out.printf(
                "Authorization matrix: %d operations, %d principals, %d operation cells, %d page cells%n",
                documented.size(), world.tokens.size(), cells, pageCells);
        assertThat(wrong).as("cells that differ from matrix.yaml").isEmpty();
        assertThat(cells).isGreaterThanOrEqualTo(documented.size() * world.tokens.size());
    }

    private static boolean toSignIn(Response answer) {
        String location = answer.header("Location");
        return answer.statusCode() / 100 == 3
                && location != null
                && (location.contains("/protocol/openid-connect/auth") || location.contains("/login"));
    }

    /** Refused principals first: an allowed caller's write then cannot hide a refusal behind a changed state. */
    private static List<String> refusedFirst(Set<String> allowed) {
        List<String> order = new ArrayList<>();
        for (String principal : World.PRINCIPALS) {
            if (!allowed.contains(principal)) {
                order.add(principal);
            }
        }
        for (String principal : World.PRINCIPALS) {
            if (allowed.contains(principal)) {
                order.add(principal);
            }
        }
        return order;
    }

    private static Set<String> principals(JsonNode matrix, JsonNode allow) {
        Set<String> names = new LinkedHashSet<>();
        List<JsonNode> items = new ArrayList<>();
        if (allow.isArray()) {
            allow.forEach(items::add);
        } else {
            items.add(allow);
        }
        for (JsonNode item : items) {
            JsonNode group = matrix.path("groups").path(item.asText());
            if (group.isArray()) {
                group.forEach(member -> names.add(member.asText()));
            } else if (World.PRINCIPALS.contains(item.asText())) {
                names.add(item.asText());
            } else {
                throw new IllegalArgumentException("matrix.yaml: unknown principal or group " + item.asText());
            }
        }
        return names;
    }

    private static JsonNode matrix() throws IOException {
        try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream("/authz/matrix.yaml")) {
            return new YAMLMapper().readTree(in);
        }
    }

    record Operation(String method, String path) {}

    static Map<String, Operation> documentedOperations() throws IOException {
        JsonNode document = new ObjectMapper().readTree(OpenApiValidation.document(RestAssured.port));
        Map<String, Operation> operations = new LinkedHashMap<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    if (METHODS.contains(method.getKey())) {
                        operations.put(
                                method.getValue().path("operationId").asText(),
                                new Operation(method.getKey().toUpperCase(), path.getKey()));
                    }
                }));
        return operations;
    }

    /** The principals, their tokens, and the objects they act on, made through the API. */
    static final class World {

        static final List<String> PRINCIPALS = List.of(
                "anonymous",
                "institution-own",
                "institution-other",
                "reviewer-assigned",
                "reviewer-unassigned",
                "reviewer-declined",
                "investor-party",
                "investor-other",
                "operator",
                "institution+reviewer",
                "reviewer+investor",
                "investor+institution",
                "operator+reviewer");

        final Map<String, String> tokens = new LinkedHashMap<>();
        final Map<String, String> usernames = new HashMap<>();
        final Map<String, String> objects = new HashMap<>();
        /** A principal's own object of a kind, where it differs from the shared one (their own review). */
        final Map<String, Map<String, String>> own = new HashMap<>();

        final Map<String, Supplier<Object>> bodies = new HashMap<>();
        /** Reviewer user names: seen only by operators and by the reviewer themself. */
        final List<String> reviewerIdentities = new ArrayList<>();

        String contactEmail;
        String contactPhone;
        boolean accepted;

        static World build() {
            World w = new World();
            String owner = Fixtures.organization();
            String otherOrg = Fixtures.organization();
            String expertOrg = Fixtures.organization();
            w.objects.put("owner", owner);
            w.objects.put("rules", "default");

            // Round A, published: the pool entry with a contact of its own, and an achievement not selected.
            w.contactEmail = Fixtures.uniqueName("contact") + "@example.org";
            w.contactPhone = "+86 931 " + (1_000_000 + (int) (System.nanoTime() % 8_000_000));
            Map<String, Object> body = Fixtures.achievement();
            body.put(
                    "contact",
                    new HashMap<>(Map.of("name", "权限矩阵联系人", "phone", w.contactPhone, "email", w.contactEmail)));
            String entry = Fixtures.submitted(owner, body);
            String notSelected = null;
            for (int i = 0; i < 4; i++) {
                notSelected = Fixtures.submitted(owner);
            }
            List<String> roundAReviewers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                roundAReviewers.add(Fixtures.uniqueName("mxa"));
            }
            w.objects.put(
                    "publishedRound",
                    Fixtures.publishRound(Map.of(entry, 90), Fixtures.organization(), roundAReviewers));
            w.reviewerIdentities.addAll(roundAReviewers);
            w.objects.put("entry", entry);
            w.objects.put("notSelected", notSelected);

            // Round B, reviewing: `reviewed` assigned to three reviewers, one of whom declined.
            String assigned = Fixtures.uniqueName("mx-assigned");
            String declined = Fixtures.uniqueName("mx-declined");
            String both = Fixtures.uniqueName("mx-both");
            String reviewed = Fixtures.submitted(owner);
            List<String> panel = new ArrayList<>();
            for (String username : List.of(assigned, declined, both)) {
                panel.add(Fixtures.reviewer(username, expertOrg, List.of("38")));
                w.reviewerIdentities.add(username);
            }
            String round = Fixtures.assignedRound(panel);
            w.objects.put("round", round);
            w.objects.put("reviewed", reviewed);
            String assignedReview = Fixtures.reviewOf(assigned, expertOrg, reviewed);
            String declinedReview = Fixtures.reviewOf(declined, expertOrg, reviewed);
            String bothReview = Fixtures.reviewOf(both, expertOrg, reviewed);
            as(Tokens.token(declined, "reviewer", expertOrg))
                    .body(Map.of("reason", "UNAVAILABLE"))
                    .post("/api/v1/reviews/" + declinedReview + "/decline")
                    .then()
                    .statusCode(200);
            w.objects.put("review", assignedReview);
            w.own.put("reviewer-declined", Map.of("review", declinedReview));
            w.own.put("institution+reviewer", Map.of("review", bothReview));
            w.objects.put(
                    "openRound", Fixtures.round(List.of(), OffsetDateTime.now().plusDays(7)));

            // Objects of the owner made after round B took in every submitted achievement.
            w.objects.put("draft", Fixtures.draft(owner));
            w.objects.put("draftToDelete", Fixtures.draft(owner));
            w.objects.put("draftToSubmit", Fixtures.draft(owner));
            w.objects.put("submittedToWithdraw", Fixtures.submitted(owner));
            w.objects.put(
                    "revised",
                    as(Tokens.institution(owner))
                            .post("/api/v1/achievements/" + notSelected + "/revise")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"));

            String investor = Fixtures.uniqueName("mx-inv");
            String investorToken = Tokens.token(investor, "investor", "VC-MX");
            w.objects.put(
                    "request",
                    as(investorToken)
                            .body(Map.of("message", "想了解许可条件"))
                            .post("/api/v1/pool/" + entry + "/match-requests")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"));
            w.objects.put(
                    "savedSearch",
                    as(investorToken)
                            .body(Map.of("name", "储能", "criteria", Map.of("q", "储能")))
                            .post("/api/v1/investors/me/saved-searches")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"));

            // An upcoming event presenting the entry, one to cancel, a key industry chain, and a background dry
            // run of an import by the owner.
            w.bodies.put("event", () -> event(entry));
            w.objects.put(
                    "event", created(as(Tokens.operator()).body(event(entry)).post("/api/v1/events")));
            w.objects.put(
                    "eventToCancel",
                    created(as(Tokens.operator()).body(event(entry)).post("/api/v1/events")));
            w.objects.put(
                    "chain",
                    given().get("/api/v1/chains")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("[0].id"));
            w.bodies.put("importFile", World::importFile);
            w.objects.put(
                    "importJob",
                    given().auth()
                            .oauth2(Tokens.institution(owner))
                            .multiPart("file", "import.csv", importFile().bytes(), "text/csv")
                            .post("/api/v1/achievements/import?async=true&dryRun=true")
                            .then()
                            .statusCode(202)
                            .extract()
                            .path("id"));
            w.bodies.put("chainTags", () -> Map.of("chains", List.of(w.objects.get("chain"))));

            w.principal("anonymous", null, null);
            w.principal("institution-own", Tokens.institution(owner), "inst-" + owner);
            w.principal("institution-other", Tokens.institution(otherOrg), "inst-" + otherOrg);
            w.principal("reviewer-assigned", Tokens.token(assigned, "reviewer", expertOrg), assigned);
            String unassigned = Fixtures.uniqueName("mx-unassigned");
            Fixtures.reviewer(unassigned, Fixtures.organization(), List.of("01"));
            w.principal("reviewer-unassigned", Tokens.token(unassigned, "reviewer", null), unassigned);
            w.principal("reviewer-declined", Tokens.token(declined, "reviewer", expertOrg), declined);
            w.principal("investor-party", investorToken, investor);
            String otherInvestor = Fixtures.uniqueName("mx-inv-other");
            w.principal("investor-other", Tokens.token(otherInvestor, "investor", "VC-MX2"), otherInvestor);
            w.principal("operator", Tokens.operator(), "operator1");
            w.principal(
                    "institution+reviewer", Tokens.token(both, List.of("institution", "reviewer"), expertOrg), both);
            String reviewerInvestor = Fixtures.uniqueName("mx-ri");
            w.principal(
                    "reviewer+investor",
                    Tokens.token(reviewerInvestor, List.of("reviewer", "investor"), null),
                    reviewerInvestor);
            String investorInstitution = Fixtures.uniqueName("mx-ii");
            w.principal(
                    "investor+institution",
                    Tokens.token(investorInstitution, List.of("investor", "institution"), otherOrg),
                    investorInstitution);
            String operatorReviewer = Fixtures.uniqueName("mx-or");
            w.principal(
                    "operator+reviewer",
                    Tokens.token(operatorReviewer, List.of("operator", "reviewer"), null),
                    operatorReviewer);

            String draft = w.objects.get("draft");
            w.bodies.put("empty", Map::of);
            w.bodies.put("achievement", Fixtures::achievement);
            w.bodies.put("draftReplacement", () -> {
                Map<String, Object> replacement = Fixtures.achievement();
                replacement.put(
                        "version",
                        as(Tokens.institution(owner))
                                .get("/api/v1/achievements/" + draft)
                                .then()
                                .extract()
                                .path("version"));
                return replacement;
            });
            w.bodies.put("investorProfile", () -> Map.of("industries", List.of("38"), "trlMin", 3, "trlMax", 9));
            w.bodies.put("savedSearch", () -> Map.of("name", "光伏", "criteria", Map.of("q", "光伏")));
            w.bodies.put("reviewerProfile", () -> Map.of("expertise", List.of("38")));
            w.bodies.put(
                    "scores",
                    () -> Map.of(
                            "scores",
                            Map.of("market_potential", 7, "economic_value", 7, "technical_content", 7),
                            "comment",
                            "思路清晰"));
            w.bodies.put("declineReview", () -> Map.of("reason", "UNAVAILABLE"));
            w.bodies.put("matchRequest", () -> Map.of("message", "希望进一步沟通"));
            w.bodies.put("declineRequest", () -> Map.of("reason", "已有合作方"));
            w.bodies.put("message", () -> Map.of("text", "请提供技术资料"));
            w.bodies.put("inTalks", () -> Map.of("status", "IN_TALKS"));
            return w;
        }

        /** A file to upload as the multipart part {@code file}. */
        record Upload(String name, byte[] bytes, String mediaType) {}

        /** A one-row import in the template's columns, UTF-8. */
        static Upload importFile() {
            byte[] csv = SheetFiles.csv(
                    List.of(SheetFiles.zhHeaders(), SheetFiles.validRow(Fixtures.uniqueName("矩阵导入"))),
                    StandardCharsets.UTF_8,
                    false);
            return new Upload("import.csv", csv, "text/csv");
        }

        /**
         * An offline event presenting {@code entry}, a year ahead: the matrix and the generated bad input make many,
         * and the event list's first page, soonest first, stays with the events the event tests make.
         */
        static Map<String, Object> event(String entry) {
            OffsetDateTime start =
                    OffsetDateTime.now(ZoneOffset.UTC).plusDays(400).truncatedTo(ChronoUnit.HOURS);
            Map<String, Object> event = new HashMap<>();
            event.put("title", Map.of("zh", "权限矩阵路演", "en", "Matrix roadshow"));
            event.put("description", Map.of("zh", "矩阵测试的路演。", "en", "A roadshow of the matrix test."));
            event.put("kind", "OFFLINE");
            event.put("place", "兰州市城关区");
            event.put("startsAt", start.toString());
            event.put("endsAt", start.plusHours(3).toString());
            event.put("timeZone", "Asia/Shanghai");
            event.put("capacity", 50);
            event.put("registrationDeadline", start.minusDays(1).toString());
            event.put("achievementIds", List.of(entry));
            return event;
        }

        private static String created(Response answer) {
            return answer.then().statusCode(201).extract().path("id");
        }

        private void principal(String name, String token, String username) {
            tokens.put(name, token);
            if (username != null) {
                usernames.put(name, username);
            }
        }

        /** The operation's path with its parameters filled from the objects the matrix row names. */
        String path(String template, JsonNode parameters, String principal) {
            String path = template;
            for (var parameter = parameters.fields(); parameter.hasNext(); ) {
                var p = parameter.next();
                String object = p.getValue().asText();
                String value = own.getOrDefault(principal, Map.of()).getOrDefault(object, objects.get(object));
                if (value == null) {
                    throw new IllegalArgumentException("matrix.yaml: no object " + object);
                }
                path = path.replace("{" + p.getKey() + "}", value);
            }
            if (path.contains("{")) {
                throw new IllegalArgumentException("matrix.yaml: parameters of " + template + " not named");
            }
            return path;
        }

        String pagePath(String template) {
            String path = template;
            for (var object : objects.entrySet()) {
                path = path.replace("{" + object.getKey() + "}", object.getValue());
            }
            return path;
        }

        Response send(String principal, String method, String path, String body) {
            RequestSpecification request = given().redirects().follow(false);
            if (tokens.get(principal) != null) {
                request = request.auth().oauth2(tokens.get(principal));
            }
            if (body != null) {
                Supplier<Object> supplier = bodies.get(body);
                if (supplier == null) {
                    throw new IllegalArgumentException("matrix.yaml: no body " + body);
                }
                Object content = supplier.get();
                request = content instanceof Upload upload
                        ? request.multiPart("file", upload.name(), upload.bytes(), upload.mediaType())
                        : request.contentType(ContentType.JSON).body(content);
            }
            return request.request(method, path);
        }

        Response page(String principal, String path) {
            return tokens.get(principal) == null
                    ? PageClient.anonymous().get(path)
                    : PageClient.as(tokens.get(principal)).get(path);
        }

        /** What {@code body} shows that {@code principal} may not see. */
        List<String> leaks(String principal, String body) {
            List<String> leaks = new ArrayList<>();
            boolean operator = principal.startsWith("operator");
            boolean seesContact =
                    operator || principal.equals("institution-own") || (accepted && principal.equals("investor-party"));
            if (!seesContact && (body.contains(contactEmail) || body.contains(contactPhone))) {
                leaks.add("the owner's contact");
            }
            if (!operator) {
                for (String reviewer : reviewerIdentities) {
                    if (!reviewer.equals(usernames.get(principal)) && body.contains(reviewer)) {
                        leaks.add("reviewer " + reviewer);
                    }
                }
            }
            return leaks;
        }
    }
}
