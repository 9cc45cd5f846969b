package io.techpool.investor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What an investor looks for, for other features to show (e.g. to a team answering a match request).
 * Deliberately without name and e-mail: those are contact details, revealed elsewhere or not at all.
 */
@ApplicationScoped
public class InvestorPreferences {

    @Inject
    InvestorRepository investors;

    public record Preferences(
            List<String> industries,
            int trlMin,
            int trlMax,
            BigDecimal ticketMin,
            BigDecimal ticketMax,
            List<String> transferModes) {}

    /**
     * The preferences of the investor with this subject, when they have a profile; a request from before
     * subjects were stored (no subject) names its investor by user name.
     */
    public Optional<Preferences> of(String subject, String username) {
        return (subject != null ? investors.bySubject(subject) : investors.unclaimed(username))
                .map(i -> new Preferences(i.industries, i.trlMin, i.trlMax, i.ticketMin, i.ticketMax, i.transferModes));
    }
}
