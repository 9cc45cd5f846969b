package io.techpool.platform.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.techpool.platform.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * {@code /login} and {@code /me}. The sign-in itself is Keycloak's: {@code /login} requires a user (an HTTP
 * permission, so quarkus-oidc redirects to Keycloak and back here), then sends the browser on to where it came
 * from. {@code /logout} is quarkus-oidc's own path: it ends the Keycloak session too.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignIn {

    @CheckedTemplate(basePath = "SignIn")
    static class Templates {
        static native TemplateInstance me();
    }

    @Inject
    CurrentUser user;

    @GET
    @Path("login")
    @Authenticated
    public Response login(@QueryParam("redirect") String redirect) {
        return Response.seeOther(URI.create(localPath(redirect))).build();
    }

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    /**
     * Signing out. Asking who the user is makes quarkus-oidc authenticate this request, and on its logout path it
     * then answers with the redirect to Keycloak's end-session endpoint (RP-initiated logout: the Keycloak session
     * ends too), which comes back to {@code /}. Authentication is lazy here, so without asking nothing would end.
     * Anonymous visitors (no session to end) go home.
     */
    @GET
    @Path("logout")
    @PermitAll
    public Response logout() {
        identity.isAnonymous();
        return Response.seeOther(URI.create("/")).build();
    }

    /** Where {@link PageRoutes} sends page paths nothing else serves: the not-found page. */
    @GET
    @Path("not-found")
    @io.smallrye.common.annotation.Blocking
    @PermitAll
    public Response notFound() {
        throw new jakarta.ws.rs.NotFoundException();
    }

    /** The signed-in user's home: the role's first page, or an overview for roles whose pages come later. */
    @GET
    @Path("me")
    @Authenticated
    public Object me() {
        if (user.is(CurrentUser.INVESTOR)) {
            return Response.seeOther(URI.create("/investor/recommendations")).build();
        }
        return Templates.me();
    }

    /**
     * Only a path of this site: {@code //evil.example}, {@code /\evil}, schemes and anything odd become
     * {@code /}, so the sign-in cannot be used to send users elsewhere.
     */
    static String localPath(String redirect) {
        if (redirect == null
                || !redirect.startsWith("/")
                || redirect.startsWith("//")
                || redirect.contains("\\")
                || redirect.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return redirect;
    }
}
