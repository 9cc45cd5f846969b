package io.techpool;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
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

    /** A person holding several realm roles at once (an institution's staff member who also reviews, say). */
    public static String token(String username, List<String> roles, String org) {
        JwtClaimsBuilder claims = Jwt.preferredUserName(username)
                .claim("email", username + "@example.org")
                .subject(username)
                .audience(AUDIENCE)
                .claim("realm_access", Map.of("roles", roles));
        if (org != null) {
            claims.claim("org", org);
        }
        return claims.jws().keyId("1").sign();
    }
}
