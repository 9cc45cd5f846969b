package io.techpool.platform.web;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.quarkus.oidc.TenantFeature;
import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.Language;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keycloak's sign-in page speaks the page's language: the authorization redirect of the pages' tenant carries
 * {@code ui_locales} ({@code zh-CN} or {@code en}, the realm's supported locales) decided as for the page
 * itself ({@code ?lang=}, the {@code lang} cookie, {@code Accept-Language}).
 */
@ApplicationScoped
@Unremovable
@TenantFeature(PageTenant.WEB)
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class LoginLanguage implements OidcRedirectFilter {

    @Override
    public void filter(OidcRedirectContext context) {
        context.additionalQueryParams().set("ui_locales", uiLocale(CurrentLanguage.of(context.routingContext())));
    }

    static String uiLocale(Language language) {
        return language == Language.EN ? "en" : "zh-CN";
    }
}
