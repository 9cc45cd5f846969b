package io.techpool.platform.web;

import io.quarkus.oidc.TenantResolver;
import io.quarkus.oidc.runtime.OidcUtils;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Two ways in, one identity model. The JSON API ({@code /api/**}) and anything sent with a bearer token use
 * the default tenant: bearer tokens only, so the API never starts accepting the session cookie. Every other
 * path is a page and uses the {@value #WEB} tenant: Keycloak's authorization-code flow with an encrypted
 * session cookie (no server state, so any replica serves the next request).
 */
@ApplicationScoped
public class PageTenant implements TenantResolver {

    public static final String WEB = "web";

    /**
     * Pins the tenant on every request before anything authenticates it. Otherwise quarkus-oidc picks the tenant
     * named by a session cookie ({@code q_session_web}) ahead of this resolver, and the API would accept the
     * pages' session: a browser's cookies would authenticate {@code /api} calls.
     */
    void pin(@jakarta.enterprise.event.Observes io.vertx.ext.web.Router router) {
        router.route().order(-200).handler(context -> {
            String tenant = resolve(context);
            context.put(OidcUtils.TENANT_ID_ATTRIBUTE, tenant == null ? OidcUtils.DEFAULT_TENANT_ID : tenant);
            context.next();
        });
    }

    @Override
    public String resolve(RoutingContext context) {
        if (isApi(context.normalizedPath())) {
            return null;
        }
        String authorization = context.request().getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? null : WEB;
    }

    /** The JSON API, the feeds and Quarkus' own endpoints (health, metrics, OpenAPI): never pages. */
    public static boolean isApi(String path) {
        return path.startsWith("/api/") || path.startsWith("/q/") || path.startsWith("/feeds/");
    }
}
