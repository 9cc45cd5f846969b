package io.techpool.pool;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.techpool.industry.Chain;
import io.techpool.industry.IndustryChains;
import io.techpool.platform.web.PageContext;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * {@code /sitemap.xml}: the public pages and every pool entry's page, each with its Chinese and English
 * versions ({@code hreflang}). Written as it is read, a chunk of ids and dates at a time, so a pool of
 * 100,000 entries is never held in memory; past {@link PoolConfig#sitemapEntries()} entries it is an index
 * of parts ({@code ?part=n}), as the protocol allows 50,000 URLs a file.
 */
@Path("/sitemap.xml")
@PermitAll
public class PoolSitemap {

    static final String MEDIA_TYPE = "application/xml;charset=UTF-8";

    private static final int CHUNK = 1000;

    /** The pages besides the entries', relative to the root; listed in the first part. */
    private static final List<String> PAGES = List.of("", "pool", "industries", "chains");

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    @Inject
    PoolEntryRepository entries;

    @Inject
    PoolConfig config;

    @Inject
    IndustryChains chains;

    @Inject
    PageContext page;

    @GET
    @Produces(MEDIA_TYPE)
    public StreamingOutput sitemap(@QueryParam("part") @Min(0) Integer part) {
        String base = page.base();
        int perFile = config.sitemapEntries();
        long count = entries.count();
        long parts = Math.max(1, (count + perFile - 1) / perFile);
        if (part == null && parts > 1) {
            return output -> index(output, base, parts);
        }
        int n = part == null ? 0 : part;
        if (n >= parts) {
            throw new NotFoundException();
        }
        return output -> part(output, base, n, perFile);
    }

    private static void index(java.io.OutputStream output, String base, long parts) throws IOException {
        Writer out = writer(output);
        out.write(HEAD + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (long i = 0; i < parts; i++) {
            out.write("<sitemap><loc>" + escape(base) + "sitemap.xml?part=" + i + "</loc></sitemap>\n");
        }
        out.write("</sitemapindex>\n");
        out.flush();
    }

    private void part(java.io.OutputStream output, String base, int part, int perFile) throws IOException {
        Writer out = writer(output);
        out.write(HEAD
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        if (part == 0) {
            for (String path : PAGES) {
                url(out, base + path, null);
            }
            for (Chain chain : chains.all()) {
                url(out, base + "chains/" + chain.id(), null);
            }
        }
        UUID after = part == 0
                ? null
                : QuarkusTransaction.requiringNew()
                        .call(() -> entries.idAt((long) part * perFile - 1))
                        .orElse(null);
        int left = perFile;
        while (left > 0) {
            UUID from = after;
            int size = Math.min(CHUNK, left);
            List<PoolEntryRepository.SitemapRow> chunk =
                    QuarkusTransaction.requiringNew().call(() -> entries.sitemapChunk(from, size));
            for (PoolEntryRepository.SitemapRow row : chunk) {
                url(out, base + "pool/" + row.id(), row.publishedAt().format(DateTimeFormatter.ISO_LOCAL_DATE));
            }
            if (chunk.size() < size) {
                break;
            }
            after = chunk.getLast().id();
            left -= size;
        }
        out.write("</urlset>\n");
        out.flush();
    }

    private static Writer writer(java.io.OutputStream output) {
        return new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
    }

    private static void url(Writer out, String loc, String lastModified) throws IOException {
        String at = escape(loc);
        out.write("<url><loc>" + at + "</loc>");
        if (lastModified != null) {
            out.write("<lastmod>" + lastModified + "</lastmod>");
        }
        out.write("<xhtml:link rel=\"alternate\" hreflang=\"zh-CN\" href=\"" + at + "?lang=zh\"/>");
        out.write("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"" + at + "?lang=en\"/>");
        out.write("<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"" + at + "\"/>");
        out.write("</url>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
