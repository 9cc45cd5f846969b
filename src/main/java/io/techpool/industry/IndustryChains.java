package io.techpool.industry;

import io.quarkus.runtime.Startup;
import io.techpool.platform.Bilingual;
import io.techpool.platform.FileViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The regional key industry chains of {@code techpool.industry.chains-file}, read once at start-up: a broken
 * file stops the start with every violation named (docs/decisions/018-industry-chains.md). Answers which chains
 * an achievement serves, from its division and its text.
 */
@Startup
@ApplicationScoped
public class IndustryChains {

    private static final Logger LOG = Logger.getLogger(IndustryChains.class);

    private final ChainFile file;
    private final Map<String, Chain> byId = new LinkedHashMap<>();
    private final Map<String, List<String>> normalizedKeywords = new LinkedHashMap<>();
    private final String digest;

    @Inject
    IndustryChains(IndustryConfig config, IndustryCatalog catalog) {
        this(load(config.chainsFile(), catalog));
        LOG.infof(
                "Loaded %d key industry chains from %s (digest %s)",
                file.chains().size(), config.chainsFile().toAbsolutePath(), digest.substring(0, 12));
    }

    IndustryChains(ChainFile file) {
        this.file = file;
        for (Chain chain : file.chains()) {
            byId.put(chain.id(), chain);
            List<String> keywords = new ArrayList<>();
            chain.keywordsZh().forEach(k -> keywords.add(ChainKeywords.normalize(k)));
            chain.keywordsEn().forEach(k -> keywords.add(ChainKeywords.normalize(k)));
            normalizedKeywords.put(chain.id(), List.copyOf(keywords));
        }
        this.digest = digestOf(file);
    }

    /** Every chain, in the file's order. */
    public List<Chain> all() {
        return file.chains();
    }

    public Optional<Chain> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The file's own title, such as 兰州市重点产业链. */
    public Bilingual title() {
        return file.title();
    }

    /**
     * What tagging depends on (ids, divisions, keywords, order; not names or comments), as a hex SHA-256: tags made
     * under another digest are out of date.
     */
    public String digest() {
        return digest;
    }

    /**
     * The ids of the chains an achievement of {@code division} whose texts (titles, summaries, keywords) are
     * {@code texts} serves, in the file's order: a chain whose core division it is, or one that spans the division
     * and one of whose keywords the texts hold.
     */
    public List<String> tag(String division, Collection<String> texts) {
        StringBuilder joined = new StringBuilder();
        for (String text : texts) {
            String normalized = ChainKeywords.normalize(text);
            if (!normalized.isEmpty()) {
                joined.append(normalized).append(' ');
            }
        }
        String text = joined.toString();
        List<String> tags = new ArrayList<>();
        for (Chain chain : file.chains()) {
            if (chain.coreDivisions().contains(division)
                    || (chain.divisions().contains(division)
                            && normalizedKeywords.get(chain.id()).stream()
                                    .anyMatch(k -> ChainKeywords.contains(text, k)))) {
                tags.add(chain.id());
            }
        }
        return tags;
    }

    /** The given ids that name chains, deduplicated, in the file's order. */
    public List<String> known(Collection<String> ids) {
        return file.chains().stream().map(Chain::id).filter(ids::contains).toList();
    }

    static ChainFile load(Path path, IndustryCatalog catalog) {
        String source = path.toString();
        try {
            return ChainFile.parse(source, Files.readString(path, StandardCharsets.UTF_8), catalog);
        } catch (NoSuchFileException e) {
            throw fileProblem(source, "does not exist", "不存在");
        } catch (CharacterCodingException e) {
            throw fileProblem(source, "is not UTF-8 text", "不是 UTF-8 文本");
        } catch (IOException e) {
            throw fileProblem(source, "cannot be read: " + e.getMessage(), "无法读取：" + e.getMessage());
        }
    }

    private static InvalidChainFile fileProblem(String source, String rule, String ruleZh) {
        return new InvalidChainFile(
                "The industry chain file " + source + " (techpool.industry.chains-file) cannot be used:",
                List.of(new FileViolation(source, 0, 0, "", new Bilingual(ruleZh, rule))));
    }

    private static String digestOf(ChainFile file) {
        StringBuilder canonical = new StringBuilder();
        for (Chain chain : file.chains()) {
            canonical
                    .append(chain.id())
                    .append('|')
                    .append(String.join(",", chain.divisions()))
                    .append('|')
                    .append(String.join(",", chain.coreDivisions()))
                    .append('|');
            chain.keywordsZh()
                    .forEach(k -> canonical.append(ChainKeywords.normalize(k)).append(','));
            canonical.append('|');
            chain.keywordsEn()
                    .forEach(k -> canonical.append(ChainKeywords.normalize(k)).append(','));
            canonical.append('\n');
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
