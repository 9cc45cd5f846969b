package io.techpool.pool;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.techpool.platform.web.PageContext;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * {@code /sitemap.xml}: the public pages and every pool entry's page, each with its Chinese and English
 * versions ({@code hreflang}). Written as it is read, a chunk of ids and dates at a time, so a pool of
 * 100,000 entries is never held in memory.
 */
@Path("/sitemap.xml")
@PermitAll
public class PoolSitemap {

    static final String MEDIA_TYPE = "application/xml;charset=UTF-8";

    private static final int CHUNK = 1000;

    /** The pages besides the entries', relative to the root. */
    private static final List<String> PAGES = List.of("", "pool", "industries");

    @Inject
    PoolEntryRepository entries;

    @Inject
    PageContext page;

    @GET
    @Produces(MEDIA_TYPE)
    public StreamingOutput sitemap() {
        String base = page.base();
        return output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                    + " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
            for (String path : PAGES) {
                url(out, base + path, null);
            }
            UUID after = null;
            List<PoolEntryRepository.SitemapRow> chunk;
            do {
                UUID from = after;
                chunk = QuarkusTransaction.requiringNew().call(() -> entries.sitemapChunk(from, CHUNK));
                for (PoolEntryRepository.SitemapRow row : chunk) {
                    url(out, base + "pool/" + row.id(), row.publishedAt().format(DateTimeFormatter.ISO_LOCAL_DATE));
                }
                after = chunk.isEmpty() ? null : chunk.getLast().id();
            } while (chunk.size() == CHUNK);
            out.write("</urlset>\n");
            out.flush();
        };
    }

    private static void url(Writer out, String loc, String lastModified) throws java.io.IOException {
        String at = escape(loc);
        String separator = loc.contains("?") ? "&amp;" : "?";
        out.write("<url><loc>" + at + "</loc>");
        if (lastModified != null) {
            out.write("<lastmod>" + lastModified + "</lastmod>");
        }
        out.write("<xhtml:link rel=\"alternate\" hreflang=\"zh-CN\" href=\"" + at + separator + "lang=zh\"/>");
        out.write("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"" + at + separator + "lang=en\"/>");
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
