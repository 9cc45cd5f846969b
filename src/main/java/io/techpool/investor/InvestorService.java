package io.techpool.investor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.techpool.industry.IndustryCatalog;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.DomainException;
import io.techpool.platform.Messages;
import io.techpool.platform.Page;
import io.techpool.platform.PersistenceFailures;
import io.techpool.pool.PoolService;
import io.techpool.pool.Recommendation;
import io.techpool.pool.RecommendationFit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Investor profiles, created from the token on first use, and the recommendations ranked against them. */
@ApplicationScoped
class InvestorService {

    /** The widths of the {@code investor} columns the token fills. */
    private static final int USERNAME_LENGTH = 100;

    private static final int NAME_LENGTH = 100;

    @Inject
    InvestorRepository investors;

    @Inject
    PoolService pool;

    @Inject
    IndustryCatalog industries;

    @Inject
    Clock clock;

    /** The caller's profile; the first call creates it from the token. */
    @Transactional
    InvestorProfile.View me(CurrentUser user) {
        return InvestorProfile.View.of(profileOf(user));
    }

    @Transactional
    InvestorProfile.View editMe(CurrentUser user, InvestorProfile.Edit edit) {
        check(edit);
        Investor investor = profileOf(user);
        investor.industries = edit.industries().stream().distinct().sorted().toList();
        investor.trlMin = edit.trlMin();
        investor.trlMax = edit.trlMax();
        investor.ticketMin = edit.ticketMin();
        investor.ticketMax = edit.ticketMax();
        investor.transferModes = edit.transferModes() == null
                ? List.of()
                : edit.transferModes().stream()
                        .map(Enum::name)
                        .distinct()
                        .sorted()
                        .toList();
        investor.updatedAt = OffsetDateTime.now(clock);
        return InvestorProfile.View.of(investor);
    }

    /** The pool entries that fit the caller's profile, best first (see {@link RecommendationFit}). */
    @Transactional
    Page<Recommendation> recommendations(CurrentUser user, int page, int size) {
        Investor investor = profileOf(user);
        var profile = new RecommendationFit.Profile(
                Set.copyOf(investor.industries), investor.trlMin, investor.trlMax, Set.copyOf(investor.transferModes));
        return pool.recommendations(profile, page, size);
    }

    /**
     * The caller's profile, found by the token's subject; the first call creates it (or claims one stored
     * before subjects were). Two first calls at once both try to create it: the loser finds the winner's row.
     * What the token says of the person (organization, verified e-mail) is refreshed on every call.
     */
    private Investor profileOf(CurrentUser user) {
        String subject = user.subject();
        Investor investor = investors
                .bySubject(subject)
                .or(() -> investors.unclaimed(user.username()).map(legacy -> {
                    legacy.subject = subject;
                    return legacy;
                }))
                .orElseGet(() -> {
                    try {
                        QuarkusTransaction.requiringNew().run(() -> create(user));
                    } catch (RuntimeException e) {
                        if (!PersistenceFailures.isUniqueViolation(e, "investor_subject")) {
                            throw e;
                        }
                    }
                    return investors.bySubject(subject).orElseThrow();
                });
        investor.organizationCode = user.org().orElse(investor.organizationCode);
        investor.email = user.verifiedEmail().orElse(null);
        return investor;
    }

    private void create(CurrentUser user) {
        Investor created = new Investor(user.subject(), user.username(USERNAME_LENGTH), OffsetDateTime.now(clock));
        created.name = user.displayName(NAME_LENGTH);
        created.organizationCode = user.org().orElse(null);
        created.email = user.verifiedEmail().orElse(null);
        investors.persist(created);
        investors.flush();
    }

    /** The rules bean validation cannot express: reference data and ranges across two fields. */
    private void check(InvestorProfile.Edit edit) {
        List<DomainException.Invalid.Field> errors = new ArrayList<>();
        for (int i = 0; i < edit.industries().size(); i++) {
            String code = edit.industries().get(i);
            if (industries.division(code).isEmpty() && industries.section(code).isEmpty()) {
                errors.add(new DomainException.Invalid.Field("industries[" + i + "]", Messages::notSectionOrDivision));
            }
        }
        if (edit.trlMin() > edit.trlMax()) {
            errors.add(new DomainException.Invalid.Field("trlMax", Messages::trlMaxBelowMin));
        }
        if (edit.ticketMin() != null
                && edit.ticketMax() != null
                && edit.ticketMin().compareTo(edit.ticketMax()) > 0) {
            errors.add(new DomainException.Invalid.Field("ticketMax", Messages::ticketMaxBelowMin));
        }
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
    }
}
