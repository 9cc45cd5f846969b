package io.techpool.scoring;

import static io.techpool.scoring.RuleSetFixtures.edit;
import static io.techpool.scoring.RuleSetFixtures.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.techpool.platform.FileViolation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading a rules directory: all files or none. */
class RuleSetFilesTest {

    @TempDir
    Path dir;

    @Test
    void load_readsEveryYamlFile_includingSubdirectories_byIdAndVersion() throws IOException {
        write("beta.yaml", valid("beta", 1));
        write("alpha.yaml", valid("alpha", 2));
        write("archive/alpha-1/alpha.yaml", valid("alpha", 1));
        write("README.md", "not a rule file");
        write(".alpha.yaml.swp", "editor backup");

        assertThat(RuleSetFiles.load(dir))
                .extracting(r -> r.id() + " v" + r.version())
                .containsExactly("alpha v1", "alpha v2", "beta v1");
    }

    @Test
    void load_refusesAllFiles_andListsEveryViolationOfEveryFile_whenOneIsBroken() throws IOException {
        write("alpha.yaml", valid("alpha", 1));
        write("beta.yaml", edit(edit(valid("beta", 1), "quota: 0.20", "quota: 0.3"), "maxLoad: 40", "maxLoad: 0"));
        write("gamma.yaml", edit(valid("gamma", 1), "title: {", "title: ["));

        assertThatThrownBy(() -> RuleSetFiles.load(dir))
                .isInstanceOfSatisfying(
                        InvalidRuleSet.class,
                        e -> assertThat(e.violations())
                                .extracting(FileViolation::source, FileViolation::field)
                                .containsExactly(
                                        tuple("beta.yaml", "reviews.maxLoad"),
                                        tuple("beta.yaml", "selection.quota"),
                                        tuple("gamma.yaml", "")))
                .hasMessageContaining(dir.toAbsolutePath() + " (techpool.scoring.rules-dir) are invalid")
                .hasMessageContaining("nothing was loaded")
                .hasMessageContaining("\n  beta.yaml: selection.quota: must be greater than 0 and at most 0.20")
                .hasMessageContaining("\n  gamma.yaml:3:");
    }

    @Test
    void load_refusesADuplicateIdAndVersion() throws IOException {
        write("alpha.yaml", valid("alpha", 1));
        write("old/alpha.yaml", valid("alpha", 1));

        assertThatThrownBy(() -> RuleSetFiles.load(dir))
                .hasMessageContaining("old/alpha.yaml: version: repeats id alpha version 1 of alpha.yaml");
    }

    @Test
    void load_refusesYmlFiles_ratherThanIgnoringThem() throws IOException {
        write("alpha.yaml", valid("alpha", 1));
        write("beta.yml", valid("beta", 1));

        assertThatThrownBy(() -> RuleSetFiles.load(dir)).hasMessageContaining("beta.yml: is not read");
    }

    @Test
    void load_refusesADirectoryWithoutRules() {
        assertThatThrownBy(() -> RuleSetFiles.load(dir)).hasMessageContaining("holds no .yaml file");
    }

    @Test
    void load_refusesAMissingDirectory() {
        assertThatThrownBy(() -> RuleSetFiles.load(dir.resolve("missing")))
                .hasMessageContaining("missing: is not a directory");
    }

    @Test
    void load_readsTheShippedRules() {
        assertThat(RuleSetFiles.load(Path.of("scoring-rules")))
                .extracting(RuleSet::id)
                .containsExactly("default", "section-zscore");
    }

    private void write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
