package io.techpool.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.techpool.industry.IndustryCatalog;
import io.techpool.organization.OrganizationService;
import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.DomainException;
import io.techpool.platform.Messages;
import io.techpool.platform.Page;
import io.techpool.platform.PersistenceFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reviewer profiles: created from the token on first use, or registered ahead by an operator. */
@ApplicationScoped
class ReviewerService {

    /** The widths of the {@code reviewer} columns the token fills. */
    private static final int USERNAME_LENGTH = 100;

    private static final int NAME_LENGTH = 100;

    @Inject
    ReviewerRepository reviewers;

    @Inject
    OrganizationService organizations;

    @Inject
    IndustryCatalog industries;

    @Inject
    CurrentLanguage language;

    @Inject
    Clock clock;

    /** The caller's profile; the first call creates it from the token. */
    @Transactional
    ReviewerProfile.View me(CurrentUser user) {
        return ReviewerProfile.View.of(profileOf(user));
    }

    @Transactional
    ReviewerProfile.View editMe(CurrentUser user, ReviewerProfile.Edit edit) {
        Reviewer reviewer = profileOf(user);
        // The organization decides conflicts of interest, so only the token or the operator sets it: a
        // reviewer who could clear it would be assigned their own organization's achievements.
        if (edit.organizationCode() != null && !edit.organizationCode().equals(reviewer.organizationCode)) {
            throw new DomainException.Invalid("organizationCode", Messages::reviewerOrganizationNotYours);
        }
        checkReferences(
                edit.expertise(),
                null,
                edit.conflicts() == null
                        ? List.of()
                        : nullToEmpty(edit.conflicts().organizations()));
        // Reminders go to this address: it comes from a verified account or the operator, never typed in here.
        if (edit.email() != null && !edit.email().equalsIgnoreCase(String.valueOf(reviewer.email))) {
            throw new DomainException.Invalid("email", Messages::reviewerEmailFromAccount);
        }
        reviewer.name = edit.name() != null ? edit.name() : reviewer.name;
        reviewer.expertise = distinct(edit.expertise());
        ReviewerProfile.Conflicts conflicts =
                edit.conflicts() == null ? ReviewerProfile.Conflicts.none() : edit.conflicts();
        reviewer.conflictOrganizations = distinct(nullToEmpty(conflicts.organizations()));
        reviewer.conflictAchievements = nullToEmpty(conflicts.achievements()).stream()
                .distinct()
                .sorted()
                .toList();
        reviewer.language = language.get();
        reviewer.updatedAt = OffsetDateTime.now(clock);
        return ReviewerProfile.View.of(reviewer);
    }

    @Transactional
    ReviewerProfile.View register(ReviewerProfile.Registration registration) {
        if (reviewers.isRegistered(registration.username())) {
            throw new DomainException.Conflict(m -> m.reviewerAlreadyRegistered(registration.username()));
        }
        checkReferences(registration.expertise(), registration.organizationCode(), List.of());
        Reviewer reviewer = new Reviewer(registration.username(), OffsetDateTime.now(clock));
        reviewer.name = registration.name();
        reviewer.email = registration.email();
        reviewer.organizationCode = registration.organizationCode();
        reviewer.expertise = distinct(registration.expertise());
        reviewers.persist(reviewer);
        return ReviewerProfile.View.of(reviewer);
    }

    Page<ReviewerProfile.View> list(int page, int size) {
        var query = reviewers.findAll(Sort.by("username")).page(page, size);
        return new Page<>(query.list(), page, size, query.count()).map(ReviewerProfile.View::of);
    }

    /**
     * The caller's profile, found by the token's subject; else the one an operator registered under their user
     * name, which the first sign-in claims; else a new one. Two first calls at once both try to create it: the
     * loser finds the winner's row. A verified e-mail in the token replaces the stored one.
     */
    private Reviewer profileOf(CurrentUser user) {
        String subject = user.subject();
        Reviewer reviewer = reviewers
                .bySubject(subject)
                .or(() -> reviewers.unclaimed(user.username()).map(registered -> {
                    registered.subject = subject;
                    return registered;
                }))
                .orElseGet(() -> {
                    try {
                        QuarkusTransaction.requiringNew().run(() -> create(user));
                    } catch (RuntimeException e) {
                        if (!PersistenceFailures.isUniqueViolation(e, "reviewer_subject")) {
                            throw e;
                        }
                    }
                    return reviewers.bySubject(subject).orElseThrow();
                });
        user.org().ifPresent(org -> reviewer.organizationCode = org);
        user.verifiedEmail().ifPresent(email -> reviewer.email = email);
        return reviewer;
    }

    private void create(CurrentUser user) {
        Reviewer created = new Reviewer(user.username(USERNAME_LENGTH), OffsetDateTime.now(clock));
        created.subject = user.subject();
        created.name = user.displayName(NAME_LENGTH);
        created.email = user.verifiedEmail().orElse(null);
        created.organizationCode = user.org().orElse(null);
        created.language = language.get();
        reviewers.persist(created);
        reviewers.flush();
    }

    private void checkReferences(List<String> expertise, String organizationCode, List<String> conflictOrganizations) {
        List<DomainException.Invalid.Field> errors = new ArrayList<>();
        for (int i = 0; i < expertise.size(); i++) {
            if (industries.division(expertise.get(i)).isEmpty()) {
                errors.add(new DomainException.Invalid.Field("expertise[" + i + "]", Messages::notADivision));
            }
        }
        if (organizationCode != null && !organizations.exists(organizationCode)) {
            errors.add(new DomainException.Invalid.Field("organizationCode", Messages::noSuchOrganization));
        }
        for (int i = 0; i < conflictOrganizations.size(); i++) {
            if (!organizations.exists(conflictOrganizations.get(i))) {
                errors.add(new DomainException.Invalid.Field(
                        "conflicts.organizations[" + i + "]", Messages::noSuchOrganization));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().distinct().sorted().toList();
    }
}
