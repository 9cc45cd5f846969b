package io.techpool.scoring;

import io.techpool.platform.DomainException;
import io.techpool.platform.Page;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;

/** The rule sets of {@code scoring-rules/}, whole (weights, rubric, reviews, selection): public. */
@Path("/api/v1/scoring-rules")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ScoringRulesResource {

    @Inject
    RuleSets ruleSets;

    @GET
    public Page<RuleSet> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        List<RuleSet> all = ruleSets.all();
        List<RuleSet> items = all.stream().skip((long) page * size).limit(size).toList();
        return new Page<>(items, page, size, all.size());
    }

    /** The rule set with this id: the given {@code version}, or else the highest one. */
    @GET
    @Path("{id}")
    public RuleSet get(@PathParam("id") String id, @QueryParam("version") @Min(1) Integer version) {
        return (version != null
                        ? ruleSets.find(id, version)
                        : ruleSets.all().stream()
                                .filter(r -> r.id().equals(id))
                                .max(Comparator.comparingInt(RuleSet::version)))
                .orElseThrow(() -> version != null
                        ? new DomainException.NotFound(m -> m.ruleSetVersionNotFound(id, version))
                        : new DomainException.NotFound(m -> m.ruleSetNotFound(id)));
    }
}
