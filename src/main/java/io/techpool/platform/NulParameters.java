package io.techpool.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * PostgreSQL stores no NUL character (U+0000), and one in a lookup key fails the query: a query parameter or
 * path segment holding one ({@code %00}) is refused with a 400 naming it, before any resource runs. JSON strings
 * are checked while the body is read ({@code JsonText}), form fields by the pages' {@code FormFields.text}, so
 * the form is shown again with the message beside the field.
 */
public class NulParameters {

    @ServerRequestFilter
    public void refuseNul(ContainerRequestContext request) {
        List<DomainException.Invalid.Field> errors = new ArrayList<>();
        check(request.getUriInfo().getQueryParameters(), errors);
        check(request.getUriInfo().getPathParameters(), errors);
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
    }

    private static void check(MultivaluedMap<String, String> parameters, List<DomainException.Invalid.Field> errors) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (hasNul(parameter.getKey()) || parameter.getValue().stream().anyMatch(NulParameters::hasNul)) {
                errors.add(new DomainException.Invalid.Field(
                        parameter.getKey().replace("\u0000", "\\u0000"), Messages::nulInParameter));
            }
        }
    }

    private static boolean hasNul(String value) {
        return value != null && value.indexOf('\u0000') >= 0;
    }
}
