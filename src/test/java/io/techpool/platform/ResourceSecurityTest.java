package io.techpool.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code quarkus.security.jaxrs.deny-unannotated-endpoints} refuses every resource method that does not say who
 * may call it: this keeps each one saying it, so none is refused by accident (or, without that setting, public by
 * accident). Read from the compiled classes, as the app has them.
 */
class ResourceSecurityTest {

    private static final Set<Class<? extends Annotation>> HTTP_METHODS =
            Set.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class);

    private static final Set<Class<? extends Annotation>> SECURITY =
            Set.of(RolesAllowed.class, PermitAll.class, Authenticated.class, DenyAll.class);

    @Test
    void everyResourceMethod_saysWhoMayCallIt() {
        List<String> unannotated = new ArrayList<>();
        int resourceMethods = 0;
        for (JavaClass resource : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.techpool")) {
            if (!resource.isAnnotatedWith(Path.class)) {
                continue;
            }
            boolean classSecured = SECURITY.stream().anyMatch(resource::isAnnotatedWith);
            for (JavaMethod method : resource.getMethods()) {
                if (HTTP_METHODS.stream().noneMatch(method::isAnnotatedWith)) {
                    continue;
                }
                resourceMethods++;
                if (!classSecured && SECURITY.stream().noneMatch(method::isAnnotatedWith)) {
                    unannotated.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(resourceMethods).as("resource methods found").isGreaterThan(50);
        assertThat(unannotated)
                .as("resource methods without @RolesAllowed, @PermitAll or @Authenticated")
                .isEmpty();
    }
}
