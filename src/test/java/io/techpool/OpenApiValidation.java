package io.techpool;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every answer an API test receives is checked against the document the app serves at {@code /q/openapi}: its
 * status must be declared for the operation, its content type and body must match the declared schema. A test
 * whose answer drifts from the document fails, naming the difference. Installed as a global RestAssured filter
 * before each {@code @QuarkusTest} (registered in {@code META-INF/services}); the document is fetched once per
 * app instance (port).
 *
 * <p>Requests are not judged: tests send malformed ones on purpose. Pages, static files and Quarkus' own
 * endpoints are not in the document and pass unchecked.
 */
public final class OpenApiValidation implements QuarkusTestBeforeEachCallback {

    private static volatile boolean installed;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        install();
    }

    static synchronized void install() {
        if (!installed) {
            RestAssured.filters(new AnswersMatchDocument());
            installed = true;
        }
    }

    /** The validator for the app at {@code port}, built from its served document. */
    public static OpenApiInteractionValidator validator(int port) {
        return AnswersMatchDocument.VALIDATORS.computeIfAbsent(
                port,
                p -> OpenApiInteractionValidator.createForInlineApiSpecification(document(p))
                        .withLevelResolver(LevelResolver.create()
                                .withLevel("validation.request", ValidationReport.Level.IGNORE)
                                .build())
                        .build());
    }

    /** The served document as JSON. */
    public static String document(int port) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/openapi?format=json"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("/q/openapi answered " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final class AnswersMatchDocument implements Filter {

        static final Map<Integer, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

        @Override
        public Response filter(
                FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext next) {
            String path = request.getDerivedPath();
            if (!path.startsWith("/api/") && !path.startsWith("/feeds/")) {
                return next.next(request, response);
            }
            return new OpenApiValidationFilter(validator(request.getPort())).filter(request, response, next);
        }
    }
}
