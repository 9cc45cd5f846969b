package io.techpool.scoring;

import io.quarkus.runtime.Startup;
import io.techpool.platform.FileViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The rule sets of {@code techpool.scoring.rules-dir}, read once at start-up. Any broken file, a
 * duplicate (id, version) or an empty directory stops the start with every violation listed: the
 * app never runs with part of its rules (docs/decisions/003-rule-files.md).
 */
@Startup
@ApplicationScoped
class RuleSetFiles implements RuleSets {

    private static final Logger LOG = Logger.getLogger(RuleSetFiles.class);

    private final List<RuleSet> all;

    @Inject
    RuleSetFiles(ScoringConfig config) {
        Path dir = config.rulesDir();
        this.all = load(dir);
        LOG.infof(
                "Loaded %d scoring rule sets from %s: %s",
                all.size(),
                dir.toAbsolutePath(),
                String.join(
                        ", ", all.stream().map(r -> r.id() + " v" + r.version()).toList()));
    }

    @Override
    public Optional<RuleSet> find(String id, int version) {
        return all.stream()
                .filter(r -> r.id().equals(id) && r.version() == version)
                .findFirst();
    }

    /** Every rule set, by id and version. */
    @Override
    public List<RuleSet> all() {
        return all;
    }

    /**
     * Reads every {@code *.yaml} file of {@code dir} and its subdirectories, where superseded
     * versions can stay (a file's name is its id, so two versions of one id live in two folders).
     *
     * @throws InvalidRuleSet listing every violation of every file, when any file is broken
     */
    static List<RuleSet> load(Path dir) {
        String summary = "Scoring rules in " + dir.toAbsolutePath() + " (techpool.scoring.rules-dir) are invalid;"
                + " fix them, nothing was loaded:";
        if (!Files.isDirectory(dir)) {
            throw new InvalidRuleSet(
                    summary, List.of(FileViolation.of(dir.toString(), "", "is not a directory", "不是目录")));
        }
        List<Path> files;
        try (Stream<Path> entries = Files.walk(dir)) {
            files = entries.map(dir::relativize)
                    .filter(f -> !hidden(f))
                    .filter(f -> Files.isRegularFile(dir.resolve(f)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<FileViolation> violations = new ArrayList<>();
        List<RuleSet> loaded = new ArrayList<>();
        Map<String, String> fileOf = new HashMap<>();
        for (Path file : files) {
            String name = file.toString().replace('\\', '/');
            if (name.endsWith(".yml")) {
                violations.add(FileViolation.of(
                        name,
                        "",
                        "is not read: rule files end in " + RuleSetParser.EXTENSION,
                        "不会被读取：规则文件的扩展名必须是 " + RuleSetParser.EXTENSION));
                continue;
            }
            if (!name.endsWith(RuleSetParser.EXTENSION)) {
                continue;
            }
            try {
                RuleSet rules = RuleSetParser.parse(name, Files.readString(dir.resolve(file), StandardCharsets.UTF_8));
                String previous = fileOf.putIfAbsent(rules.id() + "@" + rules.version(), name);
                if (previous != null) {
                    violations.add(FileViolation.of(
                            name,
                            "version",
                            "repeats id " + rules.id() + " version " + rules.version() + " of " + previous,
                            "与 " + previous + " 的编号 " + rules.id() + " 版本 " + rules.version() + " 重复"));
                }
                loaded.add(rules);
            } catch (InvalidRuleSet e) {
                violations.addAll(e.violations());
            } catch (CharacterCodingException e) {
                violations.add(FileViolation.of(name, "", "is not UTF-8 text", "不是 UTF-8 文本"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (violations.isEmpty() && loaded.isEmpty()) {
            violations.add(FileViolation.of(
                    dir.toString(),
                    "",
                    "holds no " + RuleSetParser.EXTENSION + " file; at least one rule set is needed",
                    "没有 " + RuleSetParser.EXTENSION + " 文件；至少需要一套规则"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRuleSet(summary, violations);
        }
        return loaded.stream()
                .sorted(Comparator.comparing(RuleSet::id).thenComparingInt(RuleSet::version))
                .toList();
    }

    /** Dot files and dot directories (editor backups, a Kubernetes volume's {@code ..data}) are not rule files. */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
