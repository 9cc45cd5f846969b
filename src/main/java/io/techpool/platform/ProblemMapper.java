package io.techpool.platform;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.techpool.platform.web.ErrorPages;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place that turns every failure into an answer: {@code application/problem+json} on the API, a page
 * in the reader's language on page paths ({@link ErrorPages}), a trip to the sign-in page when a page needs a
 * user and has none.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Inject
    CurrentLanguage language;

    @Inject
    ErrorPages pages;

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        Messages msg = language.messages();
        Problem problem = Problem.of(e.status(), title(e.status(), msg), e.message(language.get()));
        if (e instanceof DomainException.Invalid invalid) {
            problem = problem.withErrors(invalid.errors(language.get()));
            if (ErrorPages.isPage(uri)) {
                // A refusal no form caught (a filter's): the error page names the fields itself.
                String fields = invalid.errors(language.get()).stream()
                        .map(f -> f.field() + ": " + f.message())
                        .collect(Collectors.joining("; "));
                return pages.page(400, problem.title(), problem.detail() + " " + fields);
            }
        }
        return respond(problem, uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        Messages msg = language.messages();
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return respond(Problem.of(400, title(400, msg), msg.invalidFields()).withErrors(errors), uri);
    }

    // Named one by one: the JSON provider's own mappers for the specific types would win otherwise.
    @ServerExceptionMapper({
        JsonProcessingException.class,
        JsonParseException.class,
        JsonMappingException.class,
        MismatchedInputException.class,
        InvalidFormatException.class
    })
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        Messages msg = language.messages();
        if (BodySizeLimit.TooLarge.in(e)) {
            return respond(Problem.of(413, title(413, msg), msg.bodyTooLarge()), uri);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping.getPath());
            return respond(
                    Problem.of(400, title(400, msg), msg.unreadableField())
                            .withErrors(List.of(new Problem.FieldError(field, message(mapping, msg)))),
                    uri);
        }
        return respond(Problem.of(400, title(400, msg), msg.notJson()), uri);
    }

    /** Seconds a client is asked to wait while the search cluster cannot be reached. */
    static final int SEARCH_RETRY_SECONDS = 30;

    /**
     * The search cluster cannot be reached: searching is unavailable for a while (503 with {@code Retry-After}),
     * the app is not broken. Any other failure of a search stays an unexpected one.
     */
    @ServerExceptionMapper
    public Response search(org.hibernate.search.util.common.SearchException e, UriInfo uri) {
        if (!unreachable(e)) {
            return unexpected(e, uri);
        }
        LOG.warn("Search cluster unreachable on " + uri.getPath() + ": " + e.getMessage());
        Messages msg = language.messages();
        return Response.fromResponse(
                        respond(Problem.of(503, title(503, msg), msg.searchUnavailable(SEARCH_RETRY_SECONDS)), uri))
                .header("Retry-After", SEARCH_RETRY_SECONDS)
                .build();
    }

    /** A connection that failed or timed out somewhere in the cause chain. */
    static boolean unreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.IOException || cause instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Seconds a client is asked to wait while the database cannot be reached. */
    static final int DATABASE_RETRY_SECONDS = 10;

    /**
     * The database cannot be reached: 503 with {@code Retry-After}, and the next request tries again (the pool
     * makes new connections once it answers). Only connection failures: every other persistence error keeps
     * its own meaning. Hibernate's exception is named here so that a mapper of persistence errors in general
     * does not take it; wrapped in something else, {@link #unexpected} finds it in the cause chain.
     */
    @ServerExceptionMapper
    public Response databaseUnreachable(org.hibernate.exception.JDBCConnectionException e, UriInfo uri) {
        return databaseUnavailable(e, uri);
    }

    private Response databaseUnavailable(Throwable e, UriInfo uri) {
        LOG.warn("Database unreachable on " + uri.getPath() + ": " + e.getMessage());
        Messages msg = language.messages();
        return Response.fromResponse(
                        respond(Problem.of(503, title(503, msg), msg.databaseUnavailable(DATABASE_RETRY_SECONDS)), uri))
                .header("Retry-After", DATABASE_RETRY_SECONDS)
                .build();
    }

    /**
     * A connection to the database that could not be made or was lost: SQLState class 08 (connection
     * exception) or a server shutting down or starting ({@code 57P01}–{@code 57P03}: a connection the pool
     * held when the database stopped fails with "terminating connection due to administrator command")
     * anywhere in the cause chain, or the pool unable to hand out a connection (Agroal's own
     * {@link java.sql.SQLException}s carry no state; they are told apart by where they were thrown).
     */
    private static final java.util.Set<String> SHUTTING_DOWN = java.util.Set.of("57P01", "57P02", "57P03");

    static boolean databaseUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql) {
                if (sql.getSQLState() != null) {
                    if (sql.getSQLState().startsWith("08") || SHUTTING_DOWN.contains(sql.getSQLState())) {
                        return true;
                    }
                } else if (sql.getStackTrace().length > 0
                        && sql.getStackTrace()[0].getClassName().startsWith("io.agroal.pool.")) {
                    return true;
                }
            }
        }
        return false;
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response stale(RuntimeException e, UriInfo uri) {
        Messages msg = language.messages();
        return respond(Problem.of(409, title(409, msg), msg.staleRecord()), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        if (ErrorPages.isPage(uri)) {
            return pages.signIn();
        }
        Messages msg = language.messages();
        return Response.fromResponse(respond(Problem.of(401, title(401, msg), msg.tokenRequired()), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    /**
     * A body that cannot be read as its content type says (a "multipart" body that is none): bad input, not a
     * failure of ours. Found by BadInputTest; before, a 500.
     */
    @ServerExceptionMapper
    public Response unreadableBody(java.io.IOException e, UriInfo uri) {
        Messages msg = language.messages();
        return respond(Problem.of(400, title(400, msg), msg.bodyUnreadable()), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        Messages msg = language.messages();
        return respond(Problem.of(403, title(403, msg), msg.roleForbids()), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, ResourceInfo resource) {
        Messages msg = language.messages();
        if (BodySizeLimit.TooLarge.in(e)) {
            return respond(Problem.of(413, title(413, msg), msg.bodyTooLarge()), uri);
        }
        if (e instanceof jakarta.ws.rs.NotFoundException && e.getCause() != null) {
            return unconvertibleParameter(resource, uri, msg);
        }
        int status = e.getResponse().getStatus();
        String detail = switch (status) {
            case 404 -> msg.noSuchResource();
            case 405 -> msg.methodNotSupported();
            case 406 -> msg.noAcceptableMediaType();
            case 413 -> msg.bodyTooLarge();
            case 415 -> msg.mediaTypeNotSupported();
            default -> msg.cannotProcess();
        };
        return respond(Problem.of(status, title(status, msg), detail), uri);
    }

    /**
     * RESTEasy answers 404 when a query parameter cannot be converted ({@code ?page=abc}), as JAX-RS says; but
     * the resource exists and the client sent a bad value, so: 400 naming each parameter whose value does not
     * convert to the type the resource method declares for it. RESTEasy stops at the first such parameter and
     * its exception does not name it, hence the check here.
     */
    private Response unconvertibleParameter(ResourceInfo resource, UriInfo uri, Messages msg) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Method method = resource.getResourceMethod();
        if (method != null) {
            for (Parameter parameter :
                    annotated(resource.getResourceClass(), method).getParameters()) {
                QueryParam query = parameter.getAnnotation(QueryParam.class);
                List<String> values =
                        query == null ? null : uri.getQueryParameters().get(query.value());
                if (values != null) {
                    errors.addAll(unconvertible(query.value(), parameter, values, msg));
                }
            }
        }
        return respond(Problem.of(400, title(400, msg), msg.invalidFields()).withErrors(errors), uri);
    }

    /**
     * The values of one query parameter that do not convert: all of them for a collection ({@code name[i]}),
     * the first for a single value (the one JAX-RS takes). Empty values count as absent, as RESTEasy has them.
     */
    private static List<Problem.FieldError> unconvertible(
            String name, Parameter parameter, List<String> values, Messages msg) {
        boolean collection = Collection.class.isAssignableFrom(parameter.getType());
        Class<?> type = collection ? elementType(parameter) : parameter.getType();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < (collection ? values.size() : 1); i++) {
            if (!values.get(i).isEmpty() && !converts(type, values.get(i))) {
                String field = collection && values.size() > 1 ? name + "[" + i + "]" : name;
                errors.add(new Problem.FieldError(field, unconvertibleMessage(type, msg)));
            }
        }
        return errors;
    }

    /** JAX-RS's conversion of a parameter value: the type's static {@code fromString}, else its {@code valueOf}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean converts(Class<?> type, String value) {
        Class<?> boxed = MethodType.methodType(type).wrap().returnType();
        try {
            Method factory = factory(boxed, "fromString");
            if (factory == null && boxed.isEnum()) {
                Enum.valueOf((Class<? extends Enum>) boxed, value);
                return true;
            }
            factory = factory == null ? factory(boxed, "valueOf") : factory;
            if (factory != null) {
                factory.setAccessible(true);
                factory.invoke(null, value);
            }
            return true; // otherwise (a String, a ParamConverter, a constructor) not judged here
        } catch (ReflectiveOperationException | RuntimeException rejected) {
            return false;
        }
    }

    private static Method factory(Class<?> type, String name) {
        try {
            Method method = type.getDeclaredMethod(name, String.class);
            return Modifier.isStatic(method.getModifiers()) ? method : null;
        } catch (NoSuchMethodException none) {
            return null;
        }
    }

    private static String unconvertibleMessage(Class<?> type, Messages msg) {
        return type.isEnum() ? msg.mustBeOneOf(Arrays.toString(type.getEnumConstants())) : msg.notAcceptedValue();
    }

    private static Class<?> elementType(Parameter parameter) {
        if (parameter.getParameterizedType() instanceof ParameterizedType generic
                && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return String.class;
    }

    /** The method as the resource class declares it: CDI subclasses redeclare it without the annotations. */
    private static Method annotated(Class<?> resource, Method method) {
        for (Class<?> type = resource; type != null; type = type.getSuperclass()) {
            try {
                Method declared = type.getDeclaredMethod(method.getName(), method.getParameterTypes());
                if (declared.getParameters().length > 0
                        && Arrays.stream(declared.getParameterAnnotations()).anyMatch(a -> a.length > 0)) {
                    return declared;
                }
            } catch (NoSuchMethodException notDeclaredHere) {
                // look further up
            }
        }
        return method;
    }

    /**
     * Whatever no other mapper took. Failures that reach here wrapped (a commit's {@code RollbackException}, CDI's
     * undeclared-throwable wrapper) are first read for what they mean: a stale version or a lost race is a
     * conflict the client can retry (409), a value the database cannot store is bad input (400); only the
     * rest is a 500, logged with its cause.
     */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnreachable(e)) {
            return databaseUnavailable(e, uri);
        }
        Messages msg = language.messages();
        if (BodySizeLimit.TooLarge.in(e)) {
            return respond(Problem.of(413, title(413, msg), msg.bodyTooLarge()), uri);
        }
        if (PersistenceFailures.isStale(e)) {
            return respond(Problem.of(409, title(409, msg), msg.staleRecord()), uri);
        }
        String state = PersistenceFailures.sqlState(e).orElse("");
        switch (state) {
            case PersistenceFailures.UNIQUE_VIOLATION -> {
                LOG.info("Concurrent duplicate on " + uri.getPath() + ": " + e);
                return respond(Problem.of(409, title(409, msg), msg.concurrentDuplicate()), uri);
            }
            case PersistenceFailures.DEADLOCK_DETECTED, PersistenceFailures.SERIALIZATION_FAILURE -> {
                LOG.info("Concurrent change on " + uri.getPath() + ": " + e);
                return respond(Problem.of(409, title(409, msg), msg.concurrentChange()), uri);
            }
            case "22001", "22003", "22021", "22P05" -> {
                // too long for its column, numeric out of range, a character the database cannot store
                LOG.warn("Value the database cannot store on " + uri.getPath() + ": " + e);
                return respond(Problem.of(400, title(400, msg), msg.valueNotStorable()), uri);
            }
            default -> {}
        }
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return respond(Problem.of(500, title(500, msg), msg.internalError()), uri);
    }

    private Response respond(Problem problem, UriInfo uri) {
        return ErrorPages.isPage(uri)
                ? pages.page(problem.status(), problem.title(), problem.detail())
                : json(problem, uri);
    }

    static Response json(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.at(uri.getPath()))
                .build();
    }

    public static String title(int status, Messages msg) {
        return switch (status) {
            case 400 -> msg.titleBadRequest();
            case 401 -> msg.titleUnauthorized();
            case 403 -> msg.titleForbidden();
            case 404 -> msg.titleNotFound();
            case 405 -> msg.titleMethodNotAllowed();
            case 406 -> msg.titleNotAcceptable();
            case 409 -> msg.titleConflict();
            case 413 -> msg.titlePayloadTooLarge();
            case 415 -> msg.titleUnsupportedMediaType();
            case 429 -> msg.titleTooManyRequests();
            case 503 -> msg.titleServiceUnavailable();
            default -> msg.titleServerError();
        };
    }

    /**
     * {@code create.body.ipRights[0].kind} → {@code ipRights[0].kind}, {@code search.trlMin} → {@code trlMin}
     * (the query parameter's name, not the Java one): the client's view of the field.
     */
    public static String field(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        Path.MethodNode method = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD -> method = node.as(Path.MethodNode.class);
                case PARAMETER -> {
                    String name = requestParameterName(
                            violation.getRootBeanClass(), method, node.as(Path.ParameterNode.class));
                    if (name != null) {
                        parts.add(name);
                    }
                }
                case CROSS_PARAMETER, RETURN_VALUE -> {}
                default -> {
                    String name = node.getName();
                    if (node.getIndex() != null && !parts.isEmpty()) {
                        parts.set(parts.size() - 1, parts.getLast() + "[" + node.getIndex() + "]");
                    }
                    if (name != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                        parts.add(name);
                    }
                }
            }
        }
        return parts.isEmpty() ? "body" : String.join(".", parts);
    }

    /** The query, path or header name of a resource method's parameter; null for the body. */
    private static String requestParameterName(
            Class<?> resource, Path.MethodNode method, Path.ParameterNode parameter) {
        if (method == null) {
            return null;
        }
        Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
        for (Class<?> type = resource; type != null; type = type.getSuperclass()) {
            try {
                var annotations = type.getDeclaredMethod(method.getName(), types)
                        .getParameterAnnotations()[parameter.getParameterIndex()];
                for (var annotation : annotations) {
                    if (annotation instanceof jakarta.ws.rs.QueryParam q) {
                        return q.value();
                    }
                    if (annotation instanceof jakarta.ws.rs.PathParam p) {
                        return p.value();
                    }
                    if (annotation instanceof jakarta.ws.rs.HeaderParam h) {
                        return h.value();
                    }
                }
            } catch (NoSuchMethodException notDeclaredHere) {
                // look further up: CDI subclasses redeclare the method without the annotations
            }
        }
        return null;
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String message(JsonMappingException e, Messages msg) {
        if (e instanceof JsonText.NulCharacter) {
            return msg.nulCharacter();
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
            return msg.unknownField();
        }
        if (e instanceof InvalidFormatException format
                && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            return msg.mustBeOneOf(allowed);
        }
        return msg.wrongTypeOrFormat();
    }
}
