package io.techpool.industry;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** GB/T 4754-2017 sections and divisions, read once from the shipped reference file. */
@ApplicationScoped
public class IndustryCatalog {

    private static final String RESOURCE = "industries/gbt4754-2017.csv";

    private final Map<String, Industry> byCode;

    public IndustryCatalog() {
        this.byCode = load();
    }

    public List<Industry> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Industry> division(String code) {
        Industry industry = code == null ? null : byCode.get(code);
        return industry == null || industry.isSection() ? Optional.empty() : Optional.of(industry);
    }

    public Optional<Industry> section(String letter) {
        Industry industry = letter == null ? null : byCode.get(letter);
        return industry != null && industry.isSection() ? Optional.of(industry) : Optional.empty();
    }

    /**
     * The sections and divisions whose code or name (zh or en, case-insensitive) contains the text, in
     * catalogue order; a matching section brings all its divisions. Blank text matches everything.
     */
    public List<Industry> matching(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (needle.isEmpty()) {
            return all();
        }
        java.util.Set<String> sections = new java.util.HashSet<>();
        byCode.values().stream()
                .filter(i -> i.isSection() && matches(i, needle))
                .forEach(i -> sections.add(i.code()));
        return byCode.values().stream()
                .filter(i -> sections.contains(i.section()) || matches(i, needle))
                .toList();
    }

    private static boolean matches(Industry industry, String needle) {
        return industry.code().toLowerCase(java.util.Locale.ROOT).equals(needle)
                || industry.nameZh().contains(needle)
                || industry.nameEn().toLowerCase(java.util.Locale.ROOT).contains(needle);
    }

    private static Map<String, Industry> load() {
        InputStream in = IndustryCatalog.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing reference data " + RESOURCE);
        }
        Map<String, Industry> industries = new LinkedHashMap<>();
        try (in;
                MappingIterator<Map<String, String>> rows = new CsvMapper()
                        .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
                        .enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS)
                        .readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader())
                        .readValues(in)) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                industries.put(
                        row.get("code"),
                        new Industry(row.get("code"), row.get("section"), row.get("name_zh"), row.get("name_en")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return industries;
    }
}
