package io.techpool.pool;

import io.techpool.industry.IndustryCatalog;
import io.techpool.platform.Language;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.OffsetDateTime;

/** {@code /feeds/pool.atom}: anyone may read it, so the pool can be published at home and abroad. */
@Path("/feeds")
@PermitAll
public class PoolFeedResource {

    @Inject
    PoolEntryRepository entries;

    @Inject
    IndustryCatalog industries;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.inject.Instance<PoolAnnouncements> announcements;

    @GET
    @Path("pool.atom")
    @Produces(PoolFeed.MEDIA_TYPE)
    @Transactional
    public String pool(
            @QueryParam("lang") @DefaultValue("zh") @Pattern(regexp = "zh|en", message = "{zhOrEn}") String lang,
            @Context UriInfo uri) {
        Language language = lang.equals("en") ? Language.EN : Language.ZH;
        return new PoolFeed(industries)
                .write(
                        entries.newest(PoolFeed.SIZE),
                        announcements.stream()
                                .flatMap(a -> a.upcoming(language, PoolFeed.ANNOUNCEMENTS).stream())
                                .toList(),
                        language,
                        uri.getBaseUri(),
                        uri.getRequestUri(),
                        OffsetDateTime.now(clock));
    }
}
