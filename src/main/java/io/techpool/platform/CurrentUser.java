package io.techpool.platform;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the token's subject (the stable identity every record of a person is keyed on), its user name
 * (for display only: Keycloak lets a deleted user's name be given to someone else), realm roles, organization
 * claim and verified e-mail.
 */
@RequestScoped
public class CurrentUser {

    public static final String INSTITUTION = "institution";
    public static final String REVIEWER = "reviewer";
    public static final String INVESTOR = "investor";
    public static final String OPERATOR = "operator";

    /** The widest subject the {@code *_subject} columns hold; OIDC caps {@code sub} at 255 ASCII characters. */
    public static final int SUBJECT_LENGTH = 255;

    /** The widest organization code ({@code organization.code}). */
    public static final int ORG_LENGTH = 32;

    /** The widest e-mail address stored (RFC 5321's path limit, the {@code email} columns). */
    public static final int EMAIL_LENGTH = 254;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** The token's {@code sub}: who the person is, whatever they are called. */
    public String subject() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank() || subject.length() > SUBJECT_LENGTH) {
            // Keycloak always sends one of 36 characters; a token without a usable one identifies nobody.
            throw new io.quarkus.security.AuthenticationFailedException("token without a usable subject");
        }
        return subject;
    }

    /** The token's {@code preferred_username}: how the person is shown, never how their records are found. */
    public String username() {
        String preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    /**
     * A display name from the token for a column of {@code max} characters: the {@code name} claim, else the
     * user name, cut to fit (display only, so a long name shortened beats a refused sign-in).
     */
    public String displayName(int max) {
        return Texts.cut(claim("name").orElse(username()), max);
    }

    /** The user name cut to a display column of {@code max} characters. */
    public String username(int max) {
        return Texts.cut(username(), max);
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

    /**
     * The token's {@code email}, only when the identity provider says it verified it ({@code email_verified}):
     * anyone may type any address into their account, and TechPool mails and reveals only addresses their
     * owners proved they read. An address too long to store counts as none.
     */
    public Optional<String> verifiedEmail() {
        Object verified = token.getClaim("email_verified");
        boolean isVerified =
                verified instanceof Boolean b ? b : verified != null && Boolean.parseBoolean(verified.toString());
        return isVerified ? claim("email").filter(email -> email.length() <= EMAIL_LENGTH) : Optional.empty();
    }

    /**
     * The {@code org} claim: the organization code the user acts for, when the token has one. A claim longer
     * than any organization code cannot name one, and cutting it could name another: refused (403), not stored.
     */
    public Optional<String> org() {
        Object claim = token.getClaim("org");
        if (claim == null || claim.toString().isBlank()) {
            return Optional.empty();
        }
        if (claim.toString().length() > ORG_LENGTH) {
            throw new DomainException.Forbidden(m -> m.orgClaimTooLong(ORG_LENGTH));
        }
        return Optional.of(claim.toString());
    }
}
