package io.techpool.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * PostgreSQL stores no NUL character (U+0000), and one in a lookup key fails the query: a query parameter,
 * path segment or form field holding one ({@code %00}) is refused with a 400 naming it, before any resource
 * runs. JSON strings are checked while the body is read ({@code JsonText}).
 */
public class NulParameters {

    @ServerRequestFilter
    @WithFormRead
    public void refuseNul(ContainerRequestContext request) {
        List<DomainException.Invalid.Field> errors = new ArrayList<>();
        check(request.getUriInfo().getQueryParameters(), errors);
        check(request.getUriInfo().getPathParameters(), errors);
        if (request instanceof ResteasyReactiveContainerRequestContext reactive
                && reactive.getServerRequestContext() instanceof ResteasyReactiveRequestContext context
                && context.getFormData() != null) {
            FormData form = context.getFormData();
            for (String name : form) {
                for (FormValue value : form.get(name)) {
                    if (!value.isFileItem() && hasNul(value.getValue())) {
                        errors.add(new DomainException.Invalid.Field(name, Messages::nulCharacter));
                        break;
                    }
                }
            }
        }
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
