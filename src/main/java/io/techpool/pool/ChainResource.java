package io.techpool.pool;

import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.Language;
import io.techpool.platform.Page;
import io.techpool.platform.TechPoolConfig;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The regional key industry chains and their investment-opportunity lists (投资机会清单), open to anyone
 * (rate-limited per client like the pool): what a promotion office sends investors, never a contact.
 */
@Path("/api/v1/chains")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ChainResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ChainService chains;

    @Inject
    CurrentLanguage language;

    @Inject
    TechPoolConfig config;

    @GET
    @Operation(summary = "The key industry chains, with their pool entry counts")
    public List<ChainRecords.ChainView> list() {
        return chains.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One key industry chain, with its pool entry count")
    public ChainRecords.ChainView get(@PathParam("id") String id) {
        return chains.get(id);
    }

    /**
     * The chain's pool entries, best composite first: one page as JSON, or the whole list as an {@code .xlsx}
     * file (headers in the caller's language), streamed.
     */
    @GET
    @Path("{id}/opportunities")
    @Produces({MediaType.APPLICATION_JSON, XLSX})
    @Operation(summary = "The investment-opportunity list of a chain (JSON page or the whole list as .xlsx)")
    public Response opportunities(
            @PathParam("id") String id,
            @QueryParam("format") @DefaultValue("json") @Pattern(regexp = "json|xlsx", message = "{jsonOrXlsx}")
                    String format,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(Page.MAX_SIZE) int size,
            @Context UriInfo uri) {
        Language lang = language.get();
        String base = base(uri);
        if (format.equals("json")) {
            return Response.ok(chains.opportunities(id, page, size, base, lang), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        String name = chains.find(id).name().pick(lang);
        StreamingOutput body =
                out -> OpportunityWorkbook.write(out, name, lang, sink -> chains.eachChunk(id, base, lang, sink));
        String file = name + "-" + language.messages().opportunitiesSheet() + ".xlsx";
        return Response.ok(body, XLSX)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + id + ".xlsx\"; filename*=UTF-8''"
                                + URLEncoder.encode(file, StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .build();
    }

    /** The application's root, absolute, ending in {@code /}: the entries' links in the list. */
    private String base(UriInfo uri) {
        String root = config.publicUrl()
                .map(URI::toString)
                .orElseGet(() -> uri.getBaseUri().toString());
        return root.endsWith("/") ? root : root + "/";
    }
}
