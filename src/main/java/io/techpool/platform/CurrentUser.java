package io.techpool.platform;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the token's user name, realm roles and organization claim. */
@RequestScoped
public class CurrentUser {

    public static final String INSTITUTION = "institution";
    public static final String REVIEWER = "reviewer";
    public static final String INVESTOR = "investor";
    public static final String OPERATOR = "operator";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public String username() {
        String preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    public boolean isOperator() {
        return is(OPERATOR);
    }

    /** A string claim of the token, when present and not blank. */
    public Optional<String> claim(String name) {
        Object claim = token.getClaim(name);
        return claim == null || claim.toString().isBlank() ? Optional.empty() : Optional.of(claim.toString());
    }

    /** The {@code org} claim: the organization code the user acts for, when the token has one. */
    public Optional<String> org() {
        Object claim = token.getClaim("org");
        return claim == null || claim.toString().isBlank() ? Optional.empty() : Optional.of(claim.toString());
    }
}
