package io.techpool.platform;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place that turns every failure into {@code application/problem+json}. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response domain(DomainException e, HttpHeaders headers, UriInfo uri) {
        Language language = Language.of(headers.getAcceptableLanguages());
        Problem problem = Problem.of(e.status(), title(e.status(), language), e.message(language));
        if (e instanceof DomainException.Invalid invalid) {
            problem = problem.withErrors(invalid.errors());
        }
        return respond(problem, uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Language language = Language.of(headers.getAcceptableLanguages());
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = language.pick("请求中有无效字段。", "The request has invalid fields.");
        return respond(Problem.of(400, title(400, language), detail).withErrors(errors), uri);
    }

    // Named one by one: the JSON provider's own mappers for the specific types would win otherwise.
    @ServerExceptionMapper({
        JsonProcessingException.class,
        JsonParseException.class,
        JsonMappingException.class,
        MismatchedInputException.class,
        InvalidFormatException.class
    })
    public Response unreadable(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Language language = Language.of(headers.getAcceptableLanguages());
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping.getPath());
            String message = message(mapping, language);
            String detail = language.pick("请求体中有无法读取的字段。", "The request body has a field that cannot be read.");
            return respond(
                    Problem.of(400, title(400, language), detail)
                            .withErrors(List.of(new Problem.FieldError(field, message))),
                    uri);
        }
        String detail = language.pick("请求体不是有效的 JSON。", "The request body is not valid JSON.");
        return respond(Problem.of(400, title(400, language), detail), uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response stale(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        Language language = Language.of(headers.getAcceptableLanguages());
        String detail = language.pick(
                "该记录已被他人修改，请重新读取后再试。", "The record was changed by someone else; read it again and retry.");
        return respond(Problem.of(409, title(409, language), detail), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        Language language = Language.of(headers.getAcceptableLanguages());
        String detail = language.pick("需要有效的访问令牌。", "A valid bearer token is required.");
        return Response.fromResponse(respond(Problem.of(401, title(401, language), detail), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        Language language = Language.of(headers.getAcceptableLanguages());
        String detail = language.pick("您的角色无权执行此操作。", "Your role does not allow this.");
        return respond(Problem.of(403, title(403, language), detail), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        Language language = Language.of(headers.getAcceptableLanguages());
        if (e instanceof jakarta.ws.rs.NotFoundException && e.getCause() != null) {
            return unconvertibleParameter(e.getCause(), uri, language);
        }
        int status = e.getResponse().getStatus();
        String detail = switch (status) {
            case 404 -> language.pick("没有这个资源。", "There is no such resource.");
            case 405 -> language.pick("此资源不支持该请求方法。", "This resource does not support that method.");
            case 406 -> language.pick("无法以所要求的媒体类型回答。", "No answer in an acceptable media type.");
            case 413 -> language.pick("请求体过大。", "The request body is too large.");
            case 415 ->
                language.pick("不支持该媒体类型，请发送 application/json。", "Unsupported media type; send application/json.");
            default -> language.pick("请求无法处理。", "The request cannot be processed.");
        };
        return respond(Problem.of(status, title(status, language), detail), uri);
    }

    /**
     * RESTEasy answers 404 when a query parameter cannot be converted ({@code ?page=abc}), as JAX-RS says; but
     * the resource exists and the client sent a bad value, so: 400 naming the parameters that hold the value.
     */
    private static Response unconvertibleParameter(Throwable cause, UriInfo uri, Language language) {
        String message = String.valueOf(cause.getMessage());
        List<Problem.FieldError> errors = new ArrayList<>();
        uri.getQueryParameters().forEach((name, values) -> {
            for (int i = 0; i < values.size(); i++) {
                if (!values.get(i).isEmpty() && message.contains(values.get(i))) {
                    errors.add(new Problem.FieldError(
                            values.size() == 1 ? name : name + "[" + i + "]",
                            "不是此参数可接受的值 / not a value this parameter accepts"));
                }
            }
        });
        String detail = language.pick("请求中有无效字段。", "The request has invalid fields.");
        return respond(Problem.of(400, title(400, language), detail).withErrors(errors), uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        Language language = Language.of(headers.getAcceptableLanguages());
        String detail = language.pick("服务器内部错误，已记录。", "An internal error occurred and was logged.");
        return respond(Problem.of(500, title(500, language), detail), uri);
    }

    static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.at(uri.getPath()))
                .build();
    }

    static String title(int status, Language language) {
        return switch (status) {
            case 400 -> language.pick("请求无效", "Bad request");
            case 401 -> language.pick("未认证", "Unauthorized");
            case 403 -> language.pick("禁止访问", "Forbidden");
            case 404 -> language.pick("未找到", "Not found");
            case 405 -> language.pick("方法不允许", "Method not allowed");
            case 406 -> language.pick("无法接受", "Not acceptable");
            case 409 -> language.pick("状态冲突", "Conflict");
            case 413 -> language.pick("请求体过大", "Payload too large");
            case 415 -> language.pick("媒体类型不支持", "Unsupported media type");
            case 429 -> language.pick("请求过多", "Too many requests");
            default -> language.pick("服务器错误", "Server error");
        };
    }

    /**
     * {@code create.body.ipRights[0].kind} → {@code ipRights[0].kind}, {@code search.trlMin} → {@code trlMin}
     * (the query parameter's name, not the Java one): the client's view of the field.
     */
    private static String field(ConstraintViolation<?> violation) {
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

    private static String message(JsonMappingException e, Language language) {
        if (e instanceof InvalidFormatException format
                && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            return language.pick("取值必须是以下之一：" + allowed, "must be one of: " + allowed);
        }
        return language.pick("类型或格式不正确", "has the wrong type or format");
    }
}
