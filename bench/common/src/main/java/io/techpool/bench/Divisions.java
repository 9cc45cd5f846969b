package io.techpool.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The GB/T 4754 reference file as the benches need it; compiled into each bench (see their pom.xml). */
final class Divisions {

    private Divisions() {}

    /** Division code to section letter, from the reference file's rows whose code is two digits, in file order. */
    static Map<String, String> sectionOfDivision(Path csv) throws IOException {
        Map<String, String> sectionOfDivision = new LinkedHashMap<>();
        MappingIterator<Map<String, String>> rows = new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv.toFile());
        for (Map<String, String> row : rows.readAll()) {
            if (row.get("code").matches("\\d\\d")) {
                sectionOfDivision.put(row.get("code"), row.get("section"));
            }
        }
        return sectionOfDivision;
    }
}
