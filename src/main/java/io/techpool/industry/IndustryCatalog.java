package io.techpool.industry;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    private static Map<String, Industry> load() {
        InputStream in = IndustryCatalog.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing reference data " + RESOURCE);
        }
        Map<String, Industry> industries = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    List<String> cells = csvCells(line);
                    industries.put(cells.get(0), new Industry(cells.get(0), cells.get(1), cells.get(2), cells.get(3)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return industries;
    }

    /** Splits one RFC 4180 line; the file quotes English names that contain commas. */
    static List<String> csvCells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
