package io.techpool.platform;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.techpool.platform.web.PageTenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every operation of the served document ({@code /q/openapi}) says the same way, so no resource repeats
 * it and none forgets it: its security (the bearer scheme, or {@code security: []} for public calls), and the
 * problem answers the platform gives everywhere: 400 for a query parameter or body it cannot take and for writes, 406, 401/403 for secured
 * calls, 404 where the path names a thing, 409 for writes (state and version conflicts), 413/415 for bodies, 429
 * on the rate-limited paths, all {@code application/problem+json} of one {@code Problem} schema. A resource
 * declares what only it knows (a 503 where it searches, a 409 where a read depends on a state) by
 * {@link #PROBLEMS}; the content is added here. The document describes the JSON API and the feeds; pages are HTML for browsers, described in WEB.md, and
 * are left out, with the schemas only they used.
 *
 * <p>A property a record does not require may be absent, and Jackson writes an absent value as {@code null}: such
 * properties are declared nullable (a facet's {@code label}, an achievement's {@code previousId}), so a
 * validating client or proxy accepts the answers the API really gives.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocument implements OASFilter {

    /** The bearer scheme's name in {@code components.securitySchemes} (quarkus.smallrye-openapi.security-scheme-name). */
    public static final String BEARER = "bearer";

    /**
     * The problem answers only a resource knows it gives, as {@code @Extension(name = ApiDocument.PROBLEMS, value =
     * "409,503")}: a 503 where it queries the search cluster, a 409 where a read depends on a state. An extension,
     * not an {@code @APIResponse}, so the resource's own success answer stays generated; removed from the document
     * once read.
     */
    public static final String PROBLEMS = "x-techpool-problems";

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "400", "Malformed or invalid request: the problem's errors name the fields",
            "401", "No token, or a token that is not valid for TechPool",
            "403", "The caller's role or organization may not do this",
            "404", "Unknown, or not visible to the caller",
            "406", "The Accept header names no media type this operation produces",
            "409", "State conflict: wrong status, stale version, or a duplicate",
            "413", "Request body too large",
            "415", "Media type not supported",
            "429", "Too many requests from this client: wait Retry-After seconds",
            "503", "Temporarily unavailable (the search cluster cannot be reached): retry after Retry-After seconds");

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getComponents() == null) {
            document.setComponents(OASFactory.createComponents());
        }
        document.getComponents().addSchema(PROBLEM, problemSchema());
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        for (String path : List.copyOf(document.getPaths().getPathItems().keySet())) {
            if (!PageTenant.isApi(path)) {
                document.getPaths().removePathItem(path);
                continue;
            }
            PathItem item = document.getPaths().getPathItem(path);
            item.getOperations().forEach((method, operation) -> describe(path, method, operation));
        }
        SchemaWalk.dropUnreferenced(document);
        SchemaWalk.nullableUnlessRequired(document);
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        boolean secured =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (!secured) {
            operation.setSecurity(new ArrayList<>());
        }
        boolean hasBody = operation.getRequestBody() != null;
        // Bodies, query parameters and path parameters can be malformed (a NUL in a path segment is a 400).
        boolean hasInput = hasBody
                || path.contains("{")
                || (operation.getParameters() != null
                        && operation.getParameters().stream().anyMatch(p -> p.getIn() != Parameter.In.PATH));
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        // A write is also checked against the state it changes (a submit naming every missing score).
        boolean write = method == PathItem.HttpMethod.POST
                || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.DELETE;
        if (hasInput || write) {
            problem(responses, "400");
        }
        // Any call can ask (Accept) for a media type the operation does not produce.
        problem(responses, "406");
        if (secured) {
            problem(responses, "401");
            problem(responses, "403");
        }
        if (path.contains("{")) {
            problem(responses, "404");
        }
        if (method == PathItem.HttpMethod.POST
                || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.DELETE) {
            problem(responses, "409");
        }
        // A write may be sent any body: too large, or of a media type no operation reads.
        if (hasBody || write) {
            problem(responses, "413");
            problem(responses, "415");
        }
        if (RateLimit.applies(path)) {
            problem(responses, "429").addHeader("Retry-After", retryAfter());
        }
        if (operation.getExtensions() != null && operation.getExtensions().get(PROBLEMS) != null) {
            for (String status :
                    operation.getExtensions().get(PROBLEMS).toString().split(",")) {
                problem(responses, status.trim());
            }
            operation.removeExtension(PROBLEMS);
        }
        // Declared by the resources that can answer them; completed here.
        for (String declared : List.copyOf(responses.getAPIResponses().keySet())) {
            if (declared.startsWith("4") || declared.startsWith("5")) {
                APIResponse response = problem(responses, declared);
                if (declared.equals("503")) {
                    response.addHeader("Retry-After", retryAfter());
                }
            }
        }
    }

    /** The response for {@code status}, created or completed with a description and the problem body. */
    private static APIResponse problem(APIResponses responses, String status) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse();
            responses.addAPIResponse(status, response);
        }
        if (response.getDescription() == null
                || response.getDescription().isBlank()
                || response.getDescription().startsWith("Not ")) {
            response.setDescription(DESCRIPTIONS.getOrDefault(status, "Problem"));
        }
        response.setContent(OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        return response;
    }

    private static Header retryAfter() {
        return OASFactory.createHeader()
                .description("Seconds to wait before trying again")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER));
    }

    /** RFC 9457 problem details as {@link Problem} writes them. */
    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        // An import's row errors also say where in the file (row number, column letter, header as read); a column
        // that is no field of the API (an unknown header) has no field.
        Schema fieldError = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text)
                .addProperty("message", text)
                .addProperty("row", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("column", text)
                .addProperty("header", text)
                .required(List.of("message"));
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", text)
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(fieldError))
                .required(List.of("type", "title", "status"));
    }
}
