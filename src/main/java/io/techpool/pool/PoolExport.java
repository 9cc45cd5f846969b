package io.techpool.pool;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.techpool.achievement.AchievementKinds;
import io.techpool.achievement.AchievementKinds.TransferMode;
import io.techpool.industry.IndustryChains;
import io.techpool.platform.Language;
import io.techpool.platform.TechPoolConfig;
import io.techpool.platform.audit.AuditLog;
import io.techpool.platform.excel.ExportTexts;
import io.techpool.platform.excel.SheetWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;

/**
 * The whole pool by industry as {@code .xlsx} for operators (GET /api/v1/pool/export): one row per entry, in the
 * order of {@code GET /api/v1/pool/by-industry} (GB/T 4754 section, division, then industry rank), with title,
 * summary, organization, TRL, transfer modes, key industry chains, composite and percentile; never a contact (the pool has
 * none). Read in keyset slices, each in a short transaction of its own, and written as it is read.
 */
@ApplicationScoped
class PoolExport {

    /** Entries read per transaction while the export streams. */
    static final int SLICE = 500;

    @Inject
    PoolEntryRepository entries;

    @Inject
    PoolSearch search;

    @Inject
    IndustryChains chains;

    @Inject
    TechPoolConfig config;

    @Inject
    AuditLog audit;

    /** The download for the API and the industries page alike: audited before the answer starts, then streamed. */
    Response download(Language language) {
        audit.record("pool.export", "pool", "by-industry");
        StreamingOutput body = out -> write(out, language);
        return Response.ok(body, SheetWriter.XLSX)
                .header("Content-Disposition", SheetWriter.attachment("pool-by-industry.xlsx"))
                .build();
    }

    void write(OutputStream out, Language language) throws IOException {
        ExportTexts t = language.bundle(ExportTexts.class);
        Workbook workbook = new Workbook(out, "TechPool", "1.0");
        SheetWriter sheet = new SheetWriter(workbook.newWorksheet(t.poolSheet())).zone(config.timeZone());
        sheet.header(List.of(
                t.colSection(),
                t.colSectionName(),
                t.colDivision(),
                t.colDivisionName(),
                t.colIndustryRank(),
                t.colPoolEntryId(),
                t.colTitle(),
                t.colSummary(),
                t.colOrganization(),
                t.colTrl(),
                t.colTransferModes(),
                t.colChains(),
                t.colComposite(),
                t.colPercentile(),
                t.colPublished()));
        PoolEntryRepository.IndustryCursor after = null;
        while (true) {
            PoolEntryRepository.IndustryCursor from = after;
            List<PoolEntry> slice = QuarkusTransaction.requiringNew().call(() -> entries.byIndustrySlice(from, SLICE));
            for (PoolEntry e : slice) {
                sheet.row(row(e, language));
            }
            if (slice.size() < SLICE) {
                break;
            }
            PoolEntry last = slice.getLast();
            after = new PoolEntryRepository.IndustryCursor(last.section, last.division, last.industryRank, last.id);
        }
        workbook.finish();
    }

    private List<Object> row(PoolEntry e, Language language) {
        var section = search.section(e.section);
        return Arrays.asList(
                e.section,
                section == null ? null : language.pick(section.nameZh(), section.nameEn()),
                e.division,
                search.industryName(e.division, language),
                e.industryRank,
                e.id.toString(),
                language.pick(e.titleZh, e.titleEn),
                language.pick(e.summaryZh, e.summaryEn),
                language.pick(e.organizationNameZh, e.organizationNameEn),
                e.trl,
                e.transferModes.stream().map(m -> label(m, language)).collect(Collectors.joining("; ")),
                e.chains == null
                        ? null
                        : e.chains.stream()
                                .map(id -> chains.find(id)
                                        .map(c -> c.name().pick(language))
                                        .orElse(id))
                                .collect(Collectors.joining("; ")),
                e.composite,
                e.percentile,
                e.publishedAt);
    }

    private static String label(String mode, Language language) {
        try {
            return AchievementKinds.label(TransferMode.valueOf(mode)).in(language);
        } catch (IllegalArgumentException unknown) {
            return mode;
        }
    }
}
