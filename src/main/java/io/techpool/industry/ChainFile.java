package io.techpool.industry;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.techpool.platform.Bilingual;
import io.techpool.platform.FileViolation;
import io.techpool.platform.YamlFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The regional key industry chains of one YAML file, with the file's own title. {@link #parse} reads the text
 * into a tree and walks it, so every violation is named with its path, not only the first (the way rule files
 * are read, docs/decisions/003-rule-files.md).
 */
public record ChainFile(Bilingual title, List<Chain> chains) {

    /** A chain id: a slug, as URLs and facet values carry it. */
    public static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";

    static final int MAX_ID = 40;
    static final int MAX_NAME = 50;
    static final int MAX_KEYWORD = 50;

    private static final Pattern ID_PATTERN = Pattern.compile(ID);
    private static final Pattern DIVISION = Pattern.compile("[0-9]{2}");

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final List<String> TOP_KEYS = List.of("title", "chains");
    private static final List<String> CHAIN_KEYS = List.of("id", "name", "divisions", "coreDivisions", "keywords");
    private static final List<String> TEXT_KEYS = List.of("zh", "en");

    public ChainFile {
        chains = List.copyOf(chains);
    }

    /**
     * The chains of a file named {@code source} with content {@code text}; divisions are checked against the
     * catalogue.
     *
     * @throws InvalidChainFile with every violation, when the file breaks any rule
     */
    static ChainFile parse(String source, String text, IndustryCatalog catalog) {
        JsonNode root;
        try {
            root = YamlFiles.readOne(
                    YAML,
                    source,
                    text,
                    new Bilingual(
                            "包含多个 YAML 文档；一个文件只能有一份产业链清单",
                            "holds more than one YAML document; one file is one list of chains"));
        } catch (YamlFiles.Unreadable e) {
            throw invalid(source, List.of(e.violation()));
        }
        Reader reader = new Reader(source, catalog);
        ChainFile file = reader.file(root);
        if (!reader.violations.isEmpty()) {
            throw invalid(source, reader.violations);
        }
        return file;
    }

    private static InvalidChainFile invalid(String source, List<FileViolation> violations) {
        return new InvalidChainFile(
                "The industry chain file " + source + " (techpool.industry.chains-file) is invalid; fix it, nothing"
                        + " was loaded:",
                violations);
    }

    /** One walk over the tree; collects violations and answers null for what it cannot read. */
    private static final class Reader {

        private final String source;
        private final IndustryCatalog catalog;
        private final List<FileViolation> violations = new ArrayList<>();

        Reader(String source, IndustryCatalog catalog) {
            this.source = source;
            this.catalog = catalog;
        }

        ChainFile file(JsonNode root) {
            if (root == null || root.isMissingNode() || root.isNull()) {
                fail("", "is empty; it must be a mapping of title and chains", "为空；应是含 title 和 chains 的映射");
                return null;
            }
            if (!root.isObject()) {
                fail("", "must be a mapping of title and chains", "必须是含 title 和 chains 的映射");
                return null;
            }
            unknownKeys(root, "", TOP_KEYS);
            Bilingual title = text2(root, "", "title", MAX_NAME * 2);
            JsonNode list = sequence(root, "", "chains");
            List<Chain> chains = new ArrayList<>();
            if (list != null) {
                if (list.isEmpty()) {
                    fail("chains", "must list at least one chain", "至少要有一条产业链");
                }
                Map<String, String> ids = new HashMap<>();
                Map<String, String> names = new HashMap<>();
                for (int i = 0; i < list.size(); i++) {
                    String path = "chains[" + i + "]";
                    JsonNode node = list.get(i);
                    Chain chain = chain(node, path);
                    // Repeats are found from the raw values, so a chain broken otherwise is still compared.
                    String id = node.path("id").asText("").strip();
                    String sameId = id.isEmpty() ? null : ids.putIfAbsent(id, path);
                    if (sameId != null) {
                        fail(
                                path + ".id",
                                "repeats " + id + " of " + sameId + "; each chain has its own id",
                                "与 " + sameId + " 的 " + id + " 重复；每条产业链的 id 必须唯一");
                    }
                    String name = node.path("name").path("zh").asText("").strip();
                    String sameName = name.isEmpty() ? null : names.putIfAbsent(name, path);
                    if (sameName != null) {
                        fail(
                                path + ".name.zh",
                                "repeats " + name + " of " + sameName,
                                "与 " + sameName + " 的名称 " + name + " 重复");
                    }
                    if (chain != null) {
                        chains.add(chain);
                    }
                }
            }
            return violations.isEmpty() ? new ChainFile(title, chains) : null;
        }

        private Chain chain(JsonNode node, String path) {
            if (!node.isObject()) {
                fail(
                        path,
                        "must be a mapping of " + String.join(", ", CHAIN_KEYS),
                        "必须是含 " + String.join("、", CHAIN_KEYS) + " 的映射");
                return null;
            }
            int before = violations.size();
            unknownKeys(node, path, CHAIN_KEYS);
            String id = text(node, path, "id", MAX_ID);
            if (id != null && !ID_PATTERN.matcher(id).matches()) {
                fail(
                        path + ".id",
                        "must be a slug of lower-case letters and digits joined by hyphens, such as new-energy",
                        "只能由小写字母、数字和连字符组成，如 new-energy");
            }
            Bilingual name = text2(node, path, "name", MAX_NAME);
            List<String> divisions = divisions(node, path, "divisions", true);
            List<String> core = node.has("coreDivisions") ? divisions(node, path, "coreDivisions", false) : List.of();
            if (divisions != null && core != null) {
                for (int i = 0; i < core.size(); i++) {
                    if (!divisions.contains(core.get(i))) {
                        fail(
                                path + ".coreDivisions[" + i + "]",
                                core.get(i) + " is not among the chain's divisions",
                                core.get(i) + " 不在该产业链的 divisions 中");
                    }
                }
            }
            List<List<String>> keywords = keywords(node, path);
            if (violations.size() > before) {
                return null;
            }
            return new Chain(id, name, divisions, core, keywords.get(0), keywords.get(1));
        }

        private List<String> divisions(JsonNode chain, String path, String key, boolean required) {
            JsonNode list = sequence(chain, path, key);
            if (list == null) {
                return null;
            }
            String listPath = path + "." + key;
            if (required && list.isEmpty()) {
                fail(listPath, "must list at least one GB/T 4754-2017 division", "至少要列出一个 GB/T 4754-2017 大类");
            }
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                JsonNode item = list.get(i);
                String itemPath = listPath + "[" + i + "]";
                if (!item.isTextual()) {
                    fail(
                            itemPath,
                            "must be a quoted two-digit division code such as \"07\" (unquoted, YAML reads 07 as 7)",
                            "必须是加引号的两位大类代码，如 \"07\"（不加引号时 YAML 会把 07 读成 7）");
                    continue;
                }
                String code = item.textValue().strip();
                if (!DIVISION.matcher(code).matches() || catalog.division(code).isEmpty()) {
                    fail(
                            itemPath,
                            code + " is not a GB/T 4754-2017 division (two digits, 01–97)",
                            code + " 不是 GB/T 4754-2017 的大类代码（两位数字，01–97）");
                } else if (codes.contains(code)) {
                    fail(itemPath, "repeats " + code, "重复了 " + code);
                } else {
                    codes.add(code);
                }
            }
            return codes;
        }

        /** The zh and en keyword lists, each non-empty; empty lists stand in for what could not be read. */
        private List<List<String>> keywords(JsonNode chain, String path) {
            JsonNode node = required(chain, path, "keywords");
            String keywordsPath = path + ".keywords";
            if (node != null && !node.isObject()) {
                fail(keywordsPath, "must be a mapping of zh and en keyword lists", "必须是含 zh 和 en 关键词列表的映射");
                node = null;
            }
            if (node == null) {
                return List.of(List.of(), List.of());
            }
            unknownKeys(node, keywordsPath, TEXT_KEYS);
            Set<String> seen = new HashSet<>();
            List<List<String>> lists = new ArrayList<>();
            for (String language : TEXT_KEYS) {
                List<String> words = new ArrayList<>();
                JsonNode list = sequence(node, keywordsPath, language);
                String listPath = keywordsPath + "." + language;
                if (list != null && list.isEmpty()) {
                    fail(listPath, "must list at least one keyword", "至少要有一个关键词");
                }
                for (int i = 0; list != null && i < list.size(); i++) {
                    JsonNode item = list.get(i);
                    String itemPath = listPath + "[" + i + "]";
                    String normalized = item.isValueNode() ? ChainKeywords.normalize(item.asText()) : "";
                    if (!item.isValueNode() || normalized.isEmpty()) {
                        fail(itemPath, "must be a word or phrase", "必须是一个词或短语");
                    } else if (item.asText().length() > MAX_KEYWORD) {
                        fail(
                                itemPath,
                                "must be at most " + MAX_KEYWORD + " characters",
                                "不得超过 " + MAX_KEYWORD + " 个字符");
                    } else if (!seen.add(normalized)) {
                        fail(itemPath, "repeats " + item.asText(), "重复了 " + item.asText());
                    } else {
                        words.add(item.asText().strip());
                    }
                }
                lists.add(words);
            }
            return lists;
        }

        private JsonNode required(JsonNode parent, String parentPath, String key) {
            JsonNode node = parent.get(key);
            if (node == null || node.isNull()) {
                fail(path(parentPath, key), "is required", "必填");
                return null;
            }
            return node;
        }

        private JsonNode sequence(JsonNode parent, String parentPath, String key) {
            JsonNode node = required(parent, parentPath, key);
            if (node != null && !node.isArray()) {
                fail(path(parentPath, key), "must be a list", "必须是列表");
                return null;
            }
            return node;
        }

        private String text(JsonNode parent, String parentPath, String key, int max) {
            JsonNode node = required(parent, parentPath, key);
            if (node == null) {
                return null;
            }
            if (!node.isTextual() || node.textValue().isBlank()) {
                fail(path(parentPath, key), "must be a non-blank text", "必须是非空文本");
                return null;
            }
            if (node.textValue().strip().length() > max) {
                fail(path(parentPath, key), "must be at most " + max + " characters", "不得超过 " + max + " 个字符");
                return null;
            }
            return node.textValue().strip();
        }

        /** A {zh, en} pair, both required. */
        private Bilingual text2(JsonNode parent, String parentPath, String key, int max) {
            JsonNode node = required(parent, parentPath, key);
            if (node == null) {
                return null;
            }
            String path = path(parentPath, key);
            if (!node.isObject()) {
                fail(path, "must be a mapping of zh and en", "必须是含 zh 和 en 的映射");
                return null;
            }
            unknownKeys(node, path, TEXT_KEYS);
            String zh = text(node, path, "zh", max);
            String en = text(node, path, "en", max);
            return zh == null || en == null ? null : new Bilingual(zh, en);
        }

        private void unknownKeys(JsonNode node, String path, List<String> allowed) {
            for (String name : (Iterable<String>) node::fieldNames) {
                if (!allowed.contains(name)) {
                    fail(
                            path(path, name),
                            "is not a known key; allowed here: " + String.join(", ", allowed),
                            "不是可用的键；此处允许：" + String.join("、", allowed));
                }
            }
        }

        private static String path(String parent, String key) {
            return parent.isEmpty() ? key : parent + "." + key;
        }

        private void fail(String field, String rule, String ruleZh) {
            violations.add(FileViolation.of(source, field, rule, ruleZh));
        }
    }
}
