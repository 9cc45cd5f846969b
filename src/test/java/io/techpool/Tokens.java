package io.techpool;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Real RS256 tokens shaped like Keycloak's, signed with the key {@link TestOidcProvider} publishes. */
public final class Tokens {

    static final String AUDIENCE = "techpool-web";

    private Tokens() {}

    public static String institution(String org) {
        return token("inst-" + org, "institution", org);
    }

    public static String operator() {
        return token("operator1", "operator", null);
    }

    public static String reviewer(String org) {
        return token("reviewer-" + org, "reviewer", org);
    }

    public static String investor(String org) {
        return token("investor-" + org, "investor", org);
    }

    /** A correctly signed operator token issued for another client, which TechPool must refuse. */
    public static String operatorForAnotherAudience() {
        return Jwt.preferredUserName("operator1")
                .subject("operator1")
                .audience("account")
                .claim("realm_access", Map.of("roles", List.of("operator")))
                .jws()
                .keyId("1")
                .sign();
    }

    public static String token(String username, String role, String org) {
        return token(username, List.of(role), org);
    }

    /**
     * A person holding several realm roles at once (an institution's staff member who also reviews, say). The
     * subject is the user name and the e-mail is verified, as Keycloak marks the demo users.
     */
    public static String token(String username, List<String> roles, String org) {
        return claims(username, username, roles, org).jws().keyId("1").sign();
    }

    /** Another person under a name someone had before: same {@code preferred_username}, another {@code sub}. */
    public static String withSubject(String subject, String username, String role, String org) {
        return claims(subject, username, List.of(role), org).jws().keyId("1").sign();
    }

    /** A person whose e-mail address the identity provider has not verified ({@code email_verified: false}). */
    public static String unverifiedEmail(String username, String role, String org) {
        return claims(username, username, List.of(role), org)
                .claim("email_verified", false)
                .jws()
                .keyId("1")
                .sign();
    }

    /**
     * Claims as Keycloak issues them, with extra ones (long names, say) added by the caller. Valid for an hour, not
     * the builder's five minutes: the generated bad input and the authorization matrix use their principals' tokens
     * for longer than that.
     */
    public static JwtClaimsBuilder claims(String subject, String username, List<String> roles, String org) {
        JwtClaimsBuilder claims = Jwt.preferredUserName(username)
                .expiresIn(Duration.ofHours(1))
                .claim("email", username + "@example.org")
                .claim("email_verified", true)
                .subject(subject)
                .audience(AUDIENCE)
                .claim("realm_access", Map.of("roles", roles));
        if (org != null) {
            claims.claim("org", org);
        }
        return claims;
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign();
    }
}
