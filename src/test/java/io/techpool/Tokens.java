package io.techpool;

import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Real RS256 tokens shaped like Keycloak's, signed with the key {@link TestOidcProvider} publishes. */
public final class Tokens {

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

    public static String token(String username, String role, String org) {
        JwtClaimsBuilder claims = Jwt.preferredUserName(username)
                .subject(username)
                .claim("realm_access", Map.of("roles", List.of(role)));
        if (org != null) {
            claims.claim("org", org);
        }
        return claims.jws().keyId("1").sign();
    }
}
