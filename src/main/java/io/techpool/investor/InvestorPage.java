package io.techpool.investor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.techpool.achievement.AchievementKinds;
import io.techpool.achievement.AchievementKinds.TransferMode;
import io.techpool.industry.Industry;
import io.techpool.industry.IndustryCatalog;
import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.FormErrors;
import io.techpool.platform.Language;
import io.techpool.platform.Page;
import io.techpool.platform.web.FieldErrors;
import io.techpool.platform.web.FormFields;
import io.techpool.platform.web.Pager;
import io.techpool.pool.Recommendation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** The investor's profile form (with a searchable industry picker) and the recommendations ranked against it. */
@Path("/investor")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.INVESTOR)
public class InvestorPage {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate(basePath = "InvestorPage")
    static class Templates {
        static native TemplateInstance profile(
                ProfileForm form,
                List<IndustryGroup> groups,
                List<Choice> modes,
                FieldErrors errors,
                boolean emailVerified);

        static native TemplateInstance profile$industryList(List<IndustryGroup> groups);

        static native TemplateInstance recommendations(
                List<RecommendationView> items, boolean narrowed, boolean saved, Pager pager);
    }

    /** What the form holds, as typed: kept on a refusal. */
    public record ProfileForm(
            List<String> industries,
            String trlMin,
            String trlMax,
            String ticketMin,
            String ticketMax,
            List<String> transferModes) {

        static ProfileForm of(InvestorProfile.View v) {
            return new ProfileForm(
                    v.industries(),
                    String.valueOf(v.trlMin()),
                    String.valueOf(v.trlMax()),
                    v.ticketMin() == null
                            ? ""
                            : v.ticketMin().stripTrailingZeros().toPlainString(),
                    v.ticketMax() == null
                            ? ""
                            : v.ticketMax().stripTrailingZeros().toPlainString(),
                    v.transferModes());
        }
    }

    /** A checkbox: its value, label and whether it is ticked. */
    public record Choice(String value, String label, boolean checked) {}

    /** A GB/T 4754 section with the divisions shown under it. */
    public record IndustryGroup(Choice section, List<Choice> divisions) {}

    public record RecommendationView(
            String id,
            String title,
            String organization,
            String industry,
            String trl,
            String fit,
            List<String> reasons) {}

    @Inject
    InvestorService investors;

    @Inject
    IndustryCatalog industries;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLanguage language;

    @Inject
    Validator validator;

    @GET
    @Path("profile")
    public TemplateInstance profile() {
        ProfileForm form = ProfileForm.of(investors.me(currentUser));
        return form(form, FieldErrors.none());
    }

    @POST
    @Path("profile")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @RestForm List<String> industries,
            @RestForm String trlMin,
            @RestForm String trlMax,
            @RestForm String ticketMin,
            @RestForm String ticketMax,
            @RestForm List<String> transferModes) {
        ProfileForm form = new ProfileForm(industries, trlMin, trlMax, ticketMin, ticketMax, transferModes);
        try {
            FormFields fields = new FormFields();
            var edit = new InvestorProfile.Edit(
                    industries,
                    fields.integer("trlMin", trlMin),
                    fields.integer("trlMax", trlMax),
                    fields.decimal("ticketMin", ticketMin),
                    fields.decimal("ticketMax", ticketMax),
                    fields.enums("transferModes", transferModes, TransferMode.class));
            fields.check();
            var violations = validator.validate(edit);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            investors.editMe(currentUser, edit);
        } catch (RuntimeException refused) {
            FieldErrors errors =
                    FormErrors.of(refused, language.get()).map(FieldErrors::of).orElseThrow(() -> refused);
            return Response.status(400).entity(form(form, errors)).build();
        }
        return Response.seeOther(URI.create("/investor/recommendations?saved=true"))
                .build();
    }

    /** The picker's list for a filter text: matching sections and divisions, the ticked ones always kept. */
    @GET
    @Path("profile/industries")
    public TemplateInstance industries(@QueryParam("q") String q, @QueryParam("industries") List<String> chosen) {
        return Templates.profile$industryList(groups(industries.matching(q), chosen));
    }

    @GET
    @Path("recommendations")
    public TemplateInstance recommendations(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("saved") boolean saved) {
        int at = Math.max(0, page);
        boolean narrowed = !investors.me(currentUser).industries().isEmpty();
        Page<Recommendation> found = narrowed ? investors.recommendations(currentUser, at, PAGE_SIZE) : null;
        List<RecommendationView> items = found == null
                ? List.of()
                : found.items().stream().map(this::view).toList();
        Pager pager = Pager.of("/investor/recommendations", at, PAGE_SIZE, found == null ? 0 : found.total());
        return Templates.recommendations(items, narrowed, saved, pager);
    }

    private TemplateInstance form(ProfileForm form, FieldErrors errors) {
        Language lang = language.get();
        List<Choice> modes = Arrays.stream(TransferMode.values())
                .map(m -> new Choice(
                        m.name(),
                        AchievementKinds.label(m).in(lang),
                        form.transferModes() != null && form.transferModes().contains(m.name())))
                .toList();
        return Templates.profile(
                form,
                groups(industries.all(), form.industries()),
                modes,
                errors,
                investors.me(currentUser).emailVerified());
    }

    private List<IndustryGroup> groups(List<Industry> shown, List<String> chosen) {
        List<String> ticked = chosen == null ? List.of() : chosen;
        Language lang = language.get();
        Map<String, List<Choice>> bySection = new LinkedHashMap<>();
        for (Industry industry : industries.all()) {
            boolean checked = ticked.contains(industry.code());
            if (industry.isSection()) {
                bySection.computeIfAbsent(industry.code(), k -> new ArrayList<>());
            } else if (checked || shown.contains(industry)) {
                bySection
                        .computeIfAbsent(industry.section(), k -> new ArrayList<>())
                        .add(new Choice(industry.code(), name(industry, lang), checked));
            }
        }
        List<IndustryGroup> groups = new ArrayList<>();
        bySection.forEach((letter, divisions) -> {
            Industry section = industries.section(letter).orElseThrow();
            boolean checked = ticked.contains(letter);
            if (checked || shown.contains(section) || !divisions.isEmpty()) {
                groups.add(new IndustryGroup(new Choice(letter, name(section, lang), checked), divisions));
            }
        });
        return groups;
    }

    private static String name(Industry industry, Language lang) {
        return industry.code() + " " + lang.pick(industry.nameZh(), industry.nameEn());
    }

    private RecommendationView view(Recommendation r) {
        Language lang = language.get();
        String industry =
                industries.division(r.division()).map(i -> name(i, lang)).orElse(r.division());
        return new RecommendationView(
                r.id(),
                r.title().pick(lang),
                r.organization().name().pick(lang),
                industry,
                String.valueOf(r.trl()),
                r.fit().setScale(0, java.math.RoundingMode.HALF_UP).toPlainString(),
                r.reasons().stream().map(reason -> reason.text().pick(lang)).toList());
    }
}
