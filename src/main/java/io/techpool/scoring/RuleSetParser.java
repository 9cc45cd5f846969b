package io.techpool.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.techpool.platform.Bilingual;
import io.techpool.platform.FileViolation;
import io.techpool.platform.YamlFiles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one rule file into a {@link RuleSet}, or reports every way it breaks SCORING.md. Jackson's
 * YAML module parses the text into a tree (strict about duplicate keys, numbers as BigDecimal); this
 * class walks the tree, so it can name each field and go on after the first problem.
 */
public final class RuleSetParser {

    /** Rule files end in this; the name before it is the rule set's id. */
    public static final String EXTENSION = ".yaml";

    static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    static final BigDecimal MAX_QUOTA = new BigDecimal("0.20");
    static final BigDecimal WEIGHT_TOLERANCE = new BigDecimal("1e-9");
    static final BigDecimal MAX_NUMBER = new BigDecimal("1e9");
    static final int MAX_DECIMALS = 20;

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final Set<String> TOP_KEYS = keys(
            "id",
            "version",
            "title",
            "scale",
            "dimensions",
            "reviews",
            "aggregation",
            "normalization",
            "disagreement",
            "selection");
    private static final Set<String> TEXT_KEYS = keys("zh", "en");
    private static final Set<String> SCALE_KEYS = keys("min", "max");
    private static final Set<String> DIMENSION_KEYS = keys("key", "weight", "title", "rubric");
    private static final Set<String> LEVEL_KEYS = keys("score", "zh", "en");
    private static final Set<String> REVIEWS_KEYS = keys("assign", "required", "maxLoad");
    private static final Set<String> DISAGREEMENT_KEYS = keys("maxStdDev");
    private static final Set<String> SELECTION_KEYS = keys("quota", "minComposite", "scope", "tieBreak");

    private RuleSetParser() {}

    /**
     * The rule set of a file named {@code fileName} (e.g. {@code default.yaml}, or a path relative to
     * the rules directory such as {@code archive/default.yaml}) with content {@code text}.
     *
     * @throws InvalidRuleSet with every violation, when the file breaks any constraint
     */
    public static RuleSet parse(String fileName, String text) {
        JsonNode root;
        try {
            root = YamlFiles.readOne(
                    YAML,
                    fileName,
                    text,
                    new Bilingual(
                            "包含多个 YAML 文档；一个文件只能是一套规则", "holds more than one YAML document; one file is one rule set"));
        } catch (YamlFiles.Unreadable e) {
            throw new InvalidRuleSet(List.of(e.violation()));
        }
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        String id = name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
        Reader reader = new Reader(fileName);
        RuleSet rules = reader.ruleSet(root, id);
        if (!reader.violations.isEmpty()) {
            throw new InvalidRuleSet(reader.violations);
        }
        return rules;
    }

    /**
     * A rule set sent in a request (YAML or JSON) rather than read from a file: its own {@code id}
     * stands in for the file name, every other constraint is the same.
     *
     * @throws InvalidRuleSet with every violation
     */
    public static RuleSet parseRequest(String text) {
        String id = "request";
        try {
            JsonNode root = YAML.readTree(text);
            if (root != null && root.path("id").isTextual()) {
                id = root.path("id").asText();
            }
        } catch (JsonProcessingException e) {
            // parse() reports it with its line and column
        }
        return parse(id + EXTENSION, text);
    }

    private static Set<String> keys(String... keys) {
        return new LinkedHashSet<>(Arrays.asList(keys));
    }

    /** One walk over one file's tree; collects violations and answers null for what it cannot read. */
    private static final class Reader {

        private final String source;
        private final List<FileViolation> violations = new ArrayList<>();

        Reader(String source) {
            this.source = source;
        }

        RuleSet ruleSet(JsonNode root, String expectedId) {
            if (root == null || root.isMissingNode() || root.isNull()) {
                fail("", "is empty; a rule set is a YAML mapping", "为空；一套规则应是一个 YAML 映射");
                return null;
            }
            if (!root.isObject()) {
                fail("", "must be a YAML mapping of the keys of SCORING.md", "必须是一个 YAML 映射，键见 SCORING.md");
                return null;
            }
            unknownKeys(root, "", TOP_KEYS);

            String id = text(root, "", "id");
            if (id != null && !ID.matcher(id).matches()) {
                fail("id", "must match [a-z0-9-]+", "只能由小写字母、数字和连字符组成（[a-z0-9-]+）");
            } else if (id != null && !id.equals(expectedId)) {
                fail(
                        "id",
                        "must equal the file name without " + EXTENSION + " (" + expectedId + ")",
                        "必须与去掉 " + EXTENSION + " 的文件名一致（" + expectedId + "）");
            }
            Integer version = integer(root, "", "version", 1);
            RuleSet.Text title = text2(root, "", "title");
            RuleSet.Scale scale = scale(root);
            List<RuleSet.Dimension> dimensions = dimensions(root, scale);
            RuleSet.Reviews reviews = reviews(root);
            RuleSet.Aggregation aggregation =
                    choice(root, "aggregation", RuleSet.Aggregation.values(), RuleSet.Aggregation::value);
            RuleSet.Normalization normalization =
                    choice(root, "normalization", RuleSet.Normalization.values(), RuleSet.Normalization::value);
            RuleSet.Disagreement disagreement = disagreement(root);
            RuleSet.Selection selection = selection(root, scale);
            if (!violations.isEmpty()) {
                return null;
            }
            return new RuleSet(
                    id,
                    version,
                    title,
                    scale,
                    dimensions,
                    reviews,
                    aggregation,
                    normalization,
                    disagreement,
                    selection);
        }

        /** Null unless min &lt; max: a broken scale reports itself once, not with every score. */
        private RuleSet.Scale scale(JsonNode root) {
            JsonNode node = mapping(root, "", "scale", SCALE_KEYS);
            if (node == null) {
                return null;
            }
            BigDecimal min = number(node, "scale", "min");
            BigDecimal max = number(node, "scale", "max");
            if (min == null || max == null) {
                return null;
            }
            if (min.compareTo(max) >= 0) {
                fail("scale", "min must be less than max", "min 必须小于 max");
                return null;
            }
            return new RuleSet.Scale(min, max);
        }

        private List<RuleSet.Dimension> dimensions(JsonNode root, RuleSet.Scale scale) {
            JsonNode list = sequence(root, "", "dimensions");
            if (list == null) {
                return null;
            }
            List<RuleSet.Dimension> dimensions = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            BigDecimal weightSum = BigDecimal.ZERO;
            boolean everyWeightRead = true;
            for (int i = 0; i < list.size(); i++) {
                String path = "dimensions[" + i + "]";
                JsonNode node = element(list.get(i), path, DIMENSION_KEYS);
                if (node == null) {
                    everyWeightRead = false;
                    continue;
                }
                String key = text(node, path, "key");
                if (key != null && !RuleSet.DIMENSION_KEYS.contains(key)) {
                    fail(
                            path + ".key",
                            "must be one of " + String.join(", ", RuleSet.DIMENSION_KEYS),
                            "必须是 " + String.join("、", RuleSet.DIMENSION_KEYS) + " 之一");
                } else if (key != null && !seen.add(key)) {
                    fail(
                            path + ".key",
                            "repeats " + key + "; each dimension appears once",
                            "重复了 " + key + "；每个维度只能出现一次");
                }
                BigDecimal weight = number(node, path, "weight");
                if (weight == null) {
                    everyWeightRead = false;
                } else {
                    weightSum = weightSum.add(weight);
                    if (weight.signum() <= 0) {
                        fail(path + ".weight", "must be greater than 0", "必须大于 0");
                    }
                }
                RuleSet.Text title = text2(node, path, "title");
                List<RuleSet.RubricLevel> rubric = rubric(node, path, scale);
                dimensions.add(new RuleSet.Dimension(key, weight, title, rubric == null ? List.of() : rubric));
            }
            for (String key : RuleSet.DIMENSION_KEYS) {
                if (!seen.contains(key)) {
                    fail(
                            "dimensions",
                            "lacks " + key + "; exactly the three keys " + String.join(", ", RuleSet.DIMENSION_KEYS)
                                    + ", each once",
                            "缺少 " + key + "；必须恰好包含 " + String.join("、", RuleSet.DIMENSION_KEYS) + " 三个维度，各一次");
                }
            }
            if (everyWeightRead
                    && !list.isEmpty()
                    && weightSum.subtract(BigDecimal.ONE).abs().compareTo(WEIGHT_TOLERANCE) > 0) {
                fail(
                        "dimensions",
                        "weights must sum to 1 (tolerance 1e-9), not " + weightSum.toPlainString(),
                        "权重之和必须为 1（容差 1e-9），现为 " + weightSum.toPlainString());
            }
            return dimensions;
        }

        private List<RuleSet.RubricLevel> rubric(JsonNode dimension, String path, RuleSet.Scale scale) {
            JsonNode list = sequence(dimension, path, "rubric");
            if (list == null) {
                return null;
            }
            String rubricPath = path + ".rubric";
            if (list.size() < 2) {
                fail(rubricPath, "must have at least 2 levels", "至少需要 2 个等级");
            }
            List<RuleSet.RubricLevel> levels = new ArrayList<>();
            Set<BigDecimal> scores = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String levelPath = rubricPath + "[" + i + "]";
                JsonNode node = element(list.get(i), levelPath, LEVEL_KEYS);
                if (node == null) {
                    continue;
                }
                BigDecimal score = number(node, levelPath, "score");
                if (score != null && scale != null && !scale.contains(score)) {
                    fail(
                            levelPath + ".score",
                            "must lie within the scale [" + scale.min().toPlainString() + ", "
                                    + scale.max().toPlainString() + "]",
                            "必须在评分范围 [" + scale.min().toPlainString() + ", "
                                    + scale.max().toPlainString() + "] 内");
                } else if (score != null && !scores.add(score.stripTrailingZeros())) {
                    fail(levelPath + ".score", "repeats another level's score", "与其他等级的分数重复");
                }
                String zh = text(node, levelPath, "zh");
                String en = text(node, levelPath, "en");
                levels.add(new RuleSet.RubricLevel(score, zh, en));
            }
            return levels;
        }

        private RuleSet.Reviews reviews(JsonNode root) {
            JsonNode node = mapping(root, "", "reviews", REVIEWS_KEYS);
            if (node == null) {
                return null;
            }
            Integer required = integer(node, "reviews", "required", 1);
            Integer assign = integer(node, "reviews", "assign", 1);
            Integer maxLoad = integer(node, "reviews", "maxLoad", 1);
            if (assign != null && required != null && assign < required) {
                fail(
                        "reviews.assign",
                        "must be at least reviews.required (" + required + ")",
                        "不得小于 reviews.required（" + required + "）");
            }
            return assign == null || required == null || maxLoad == null
                    ? null
                    : new RuleSet.Reviews(assign, required, maxLoad);
        }

        private RuleSet.Disagreement disagreement(JsonNode root) {
            JsonNode node = mapping(root, "", "disagreement", DISAGREEMENT_KEYS);
            if (node == null) {
                return null;
            }
            BigDecimal maxStdDev = number(node, "disagreement", "maxStdDev");
            if (maxStdDev != null && maxStdDev.signum() <= 0) {
                fail("disagreement.maxStdDev", "must be greater than 0", "必须大于 0");
            }
            return new RuleSet.Disagreement(maxStdDev);
        }

        private RuleSet.Selection selection(JsonNode root, RuleSet.Scale scale) {
            JsonNode node = mapping(root, "", "selection", SELECTION_KEYS);
            if (node == null) {
                return null;
            }
            BigDecimal quota = number(node, "selection", "quota");
            if (quota != null && (quota.signum() <= 0 || quota.compareTo(MAX_QUOTA) > 0)) {
                fail(
                        "selection.quota",
                        "must be greater than 0 and at most 0.20 (the 20 % cap)",
                        "必须大于 0 且不超过 0.20（入池比例上限 20%）");
            }
            BigDecimal minComposite = number(node, "selection", "minComposite");
            if (minComposite != null && scale != null && !scale.contains(minComposite)) {
                fail(
                        "selection.minComposite",
                        "must lie within the scale [" + scale.min().toPlainString() + ", "
                                + scale.max().toPlainString() + "]",
                        "必须在评分范围 [" + scale.min().toPlainString() + ", "
                                + scale.max().toPlainString() + "] 内");
            }
            RuleSet.Scope scope = choice(node, "selection", "scope", RuleSet.Scope.values(), RuleSet.Scope::value);
            List<String> tieBreak = tieBreak(node);
            return new RuleSet.Selection(quota, minComposite, scope, tieBreak == null ? List.of() : tieBreak);
        }

        private List<String> tieBreak(JsonNode selection) {
            JsonNode list = sequence(selection, "selection", "tieBreak");
            if (list == null) {
                return null;
            }
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                JsonNode item = list.get(i);
                if (item.isTextual()) {
                    keys.add(item.textValue());
                } else {
                    fail("selection.tieBreak[" + i + "]", "must be a dimension key", "必须是维度键");
                }
            }
            if (keys.size() != list.size()) {
                return null;
            }
            if (keys.size() != RuleSet.DIMENSION_KEYS.size()
                    || !Set.copyOf(keys).containsAll(RuleSet.DIMENSION_KEYS)) {
                fail(
                        "selection.tieBreak",
                        "must list each of " + String.join(", ", RuleSet.DIMENSION_KEYS) + " exactly once",
                        "必须恰好列出 " + String.join("、", RuleSet.DIMENSION_KEYS) + " 各一次");
            }
            return keys;
        }

        // --- reading typed values; each reports its own violation and answers null ---

        private JsonNode required(JsonNode parent, String parentPath, String key) {
            JsonNode node = parent.get(key);
            if (node == null || node.isNull()) {
                fail(path(parentPath, key), "is required", "必填");
                return null;
            }
            return node;
        }

        private JsonNode mapping(JsonNode parent, String parentPath, String key, Set<String> allowed) {
            JsonNode node = required(parent, parentPath, key);
            return node == null ? null : element(node, path(parentPath, key), allowed);
        }

        private JsonNode element(JsonNode node, String path, Set<String> allowed) {
            if (!node.isObject()) {
                fail(
                        path,
                        "must be a mapping of " + String.join(", ", allowed),
                        "必须是含 " + String.join("、", allowed) + " 的映射");
                return null;
            }
            unknownKeys(node, path, allowed);
            return node;
        }

        private void unknownKeys(JsonNode node, String path, Set<String> allowed) {
            for (String name : (Iterable<String>) node::fieldNames) {
                if (!allowed.contains(name)) {
                    fail(
                            path(path, name),
                            "is not a known key; allowed here: " + String.join(", ", allowed),
                            "不是可用的键；此处允许：" + String.join("、", allowed));
                }
            }
        }

        private JsonNode sequence(JsonNode parent, String parentPath, String key) {
            JsonNode node = required(parent, parentPath, key);
            if (node != null && !node.isArray()) {
                fail(path(parentPath, key), "must be a list", "必须是列表");
                return null;
            }
            return node;
        }

        private String text(JsonNode parent, String parentPath, String key) {
            JsonNode node = required(parent, parentPath, key);
            if (node == null) {
                return null;
            }
            if (!node.isTextual() || node.textValue().isBlank()) {
                fail(path(parentPath, key), "must be a non-blank text", "必须是非空文本");
                return null;
            }
            return node.textValue().strip();
        }

        /** A {zh, en} pair, both required. */
        private RuleSet.Text text2(JsonNode parent, String parentPath, String key) {
            JsonNode node = mapping(parent, parentPath, key, TEXT_KEYS);
            if (node == null) {
                return null;
            }
            String path = path(parentPath, key);
            String zh = text(node, path, "zh");
            String en = text(node, path, "en");
            return zh == null || en == null ? null : new RuleSet.Text(zh, en);
        }

        private BigDecimal number(JsonNode parent, String parentPath, String key) {
            JsonNode node = required(parent, parentPath, key);
            if (node == null) {
                return null;
            }
            if (!node.isNumber()) {
                fail(path(parentPath, key), "must be a number", "必须是数字");
                return null;
            }
            // Bounds keep BigDecimal arithmetic cheap: 1e999999999 would take minutes to add to 0.3.
            BigDecimal value = node.decimalValue();
            if (value.abs().compareTo(MAX_NUMBER) > 0
                    || value.stripTrailingZeros().scale() > MAX_DECIMALS) {
                fail(
                        path(parentPath, key),
                        "must lie between -1e9 and 1e9 with at most " + MAX_DECIMALS + " decimals",
                        "必须在 -1e9 与 1e9 之间，且小数不超过 " + MAX_DECIMALS + " 位");
                return null;
            }
            return value;
        }

        private Integer integer(JsonNode parent, String parentPath, String key, int min) {
            JsonNode node = required(parent, parentPath, key);
            if (node == null) {
                return null;
            }
            if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min) {
                fail(path(parentPath, key), "must be an integer >= " + min, "必须是不小于 " + min + " 的整数");
                return null;
            }
            return node.intValue();
        }

        private <E> E choice(JsonNode parent, String key, E[] values, Function<E, String> name) {
            return choice(parent, "", key, values, name);
        }

        private <E> E choice(JsonNode parent, String parentPath, String key, E[] values, Function<E, String> name) {
            JsonNode node = required(parent, parentPath, key);
            if (node == null) {
                return null;
            }
            Optional<E> value = Arrays.stream(values)
                    .filter(v -> node.isTextual() && name.apply(v).equals(node.textValue()))
                    .findFirst();
            if (value.isEmpty()) {
                String allowed = Arrays.stream(values).map(name).collect(Collectors.joining(" | "));
                fail(path(parentPath, key), "must be one of " + allowed, "必须是 " + allowed + " 之一");
            }
            return value.orElse(null);
        }

        private void fail(String field, String rule, String ruleZh) {
            violations.add(FileViolation.of(source, field, rule, ruleZh));
        }

        private static String path(String parent, String key) {
            return parent.isEmpty() ? key : parent + "." + key;
        }
    }
}
