package io.techpool.pool;

import io.techpool.achievement.AchievementKinds.IpKind;
import io.techpool.achievement.AchievementKinds.Level;
import io.techpool.achievement.AchievementKinds.TransferMode;
import io.techpool.platform.ApiDocument;
import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.Page;
import io.techpool.platform.excel.SheetWriter;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The pool, open to anyone (rate-limited per client); repeated filter parameters mean "any of". */
@Path("/api/v1/pool")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PoolResource {

    @Inject
    PoolSearch search;

    @Inject
    PoolService pool;

    @Inject
    CurrentLanguage language;

    @Inject
    PoolExport export;

    @GET
    @Extension(name = ApiDocument.PROBLEMS, value = "503")
    public PoolRecords.SearchPage search(
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("section")
                    List<@Pattern(regexp = PoolQuery.SECTION, message = "{sectionLetter}") String> sections,
            @QueryParam("industry")
                    List<@Pattern(regexp = PoolQuery.DIVISION, message = "{divisionCode}") String> industries,
            @QueryParam("trlMin") @Min(1) @Max(9) Integer trlMin,
            @QueryParam("trlMax") @Min(1) @Max(9) Integer trlMax,
            @QueryParam("transferMode") List<TransferMode> transferModes,
            @QueryParam("level") List<Level> levels,
            @QueryParam("ipKind") List<IpKind> ipKinds,
            @QueryParam("region")
                    List<@Pattern(regexp = PoolQuery.PROVINCE_OR_REGION, message = "{provinceOrRegion}") String>
                            regions,
            @QueryParam("round") List<@Size(max = 36) String> rounds,
            @QueryParam("chain")
                    List<@Size(max = 40) @Pattern(regexp = PoolQuery.CHAIN, message = "{chainId}") String> chains,
            @QueryParam("sort") @DefaultValue("score") PoolQuery.Sort sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        PoolQuery query = new PoolQuery(
                        q,
                        sections,
                        industries,
                        trlMin,
                        trlMax,
                        transferModes,
                        levels,
                        ipKinds,
                        regions,
                        rounds,
                        chains,
                        sort,
                        page,
                        size)
                .checked();
        return search.search(query, language.get());
    }

    @GET
    @Path("by-industry")
    public List<PoolRecords.Section> byIndustry(
            @QueryParam("top") @DefaultValue("10") @Min(1) @Max(Page.MAX_SIZE) int top) {
        return pool.byIndustry(language.get(), top);
    }

    /**
     * The whole pool by industry as {@code .xlsx} for operators: GB/T 4754 section, division, then industry rank,
     * with organization, TRL, transfer modes, chains and composite, never a contact; streamed.
     */
    @GET
    @Path("export")
    @RolesAllowed(CurrentUser.OPERATOR)
    @Produces({SheetWriter.XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The pool by industry as .xlsx")
    @APIResponse(responseCode = "200", description = "The workbook, one row per pool entry in industry order")
    @APIResponse(responseCode = "400", description = "format is not xlsx")
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "403", description = "Not an operator")
    public Response export(
            @QueryParam("format") @DefaultValue("xlsx") @Pattern(regexp = "(?i)xlsx", message = "{exportUnknownFormat}")
                    String format) {
        return export.download(language.get());
    }

    @GET
    @Path("stats")
    public PoolRecords.Stats stats(
            @QueryParam("chain") @Size(max = 40) @Pattern(regexp = PoolQuery.CHAIN, message = "{chainId}")
                    String chain) {
        return pool.stats(chain);
    }

    @GET
    @Path("{id}")
    public PoolRecords.Entry entry(@PathParam("id") String id) {
        return pool.entry(id);
    }
}
