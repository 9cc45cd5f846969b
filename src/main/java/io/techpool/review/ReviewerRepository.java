package io.techpool.review;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.techpool.platform.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ReviewerRepository implements PanacheRepositoryBase<Reviewer, UUID> {

    Optional<Reviewer> bySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    /** Registered by an operator (or stored before V018) and not yet claimed by the expert's first sign-in. */
    Optional<Reviewer> unclaimed(String username) {
        return find("subject is null and username = ?1", username).firstResultOptional();
    }

    boolean isRegistered(String username) {
        return count("username", username) > 0;
    }

    /**
     * The caller's profile without claiming it: theirs by subject, or one registered under their user name that
     * no sign-in has claimed yet.
     */
    Optional<Reviewer> of(CurrentUser user) {
        return bySubject(user.subject()).or(() -> unclaimed(user.username()));
    }

    /** Whether the profile is the caller's (see {@link #of}). */
    static boolean isOf(Reviewer reviewer, CurrentUser user) {
        return reviewer.subject != null
                ? reviewer.subject.equals(user.subject())
                : reviewer.username.equals(user.username());
    }
}
