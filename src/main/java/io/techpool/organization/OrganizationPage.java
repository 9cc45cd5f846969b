package io.techpool.organization;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.Language;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /organizations/{code}}: an organization as anyone may see it, with its pool entries. */
@Path("/organizations")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class OrganizationPage {

    /** Entries the page lists, best first. */
    static final int ENTRIES = 100;

    @CheckedTemplate(basePath = "OrganizationPage")
    static class Templates {
        static native TemplateInstance organization(
                OrganizationView organization, String name, String region, List<PoolEntryList.Item> entries);
    }

    @Inject
    OrganizationService organizations;

    @Inject
    PoolEntryList poolEntries;

    @Inject
    CurrentLanguage language;

    @GET
    @Path("{code}")
    public TemplateInstance organization(@PathParam("code") String code) {
        Language lang = language.get();
        OrganizationView organization = organizations.get(code);
        return Templates.organization(
                organization,
                organization.name().pick(lang),
                Provinces.of(organization.region()).map(p -> p.pick(lang)).orElse(null),
                poolEntries.of(code, lang, ENTRIES));
    }
}
