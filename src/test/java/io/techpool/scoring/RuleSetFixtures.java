package io.techpool.scoring;

/** A small valid rule file and targeted edits of it, for the validator's tables. */
final class RuleSetFixtures {

    private RuleSetFixtures() {}

    /** A valid rule file for id {@code id}, version {@code version}; lines 1 and 2 are id and version. */
    static String valid(String id, int version) {
        return """
                id: %s
                version: %d
                title: { zh: 测试规则, en: Test rules }
                scale: { min: 0, max: 100 }
                dimensions:
                  - key: market_potential
                    weight: 0.4
                    title: { zh: 市场潜力, en: Market potential }
                    rubric:
                      - { score: 90, zh: 高, en: High }
                      - { score: 40, zh: 低, en: Low }
                  - key: economic_value
                    weight: 0.3
                    title: { zh: 经济价值, en: Economic value }
                    rubric:
                      - { score: 90, zh: 高, en: High }
                      - { score: 40, zh: 低, en: Low }
                  - key: technical_content
                    weight: 0.3
                    title: { zh: 技术含量, en: Technical content }
                    rubric:
                      - { score: 90, zh: 高, en: High }
                      - { score: 40, zh: 低, en: Low }
                reviews: { assign: 5, required: 3, maxLoad: 40 }
                aggregation: trimmed_mean
                normalization: none
                disagreement: { maxStdDev: 15 }
                selection:
                  quota: 0.20
                  minComposite: 60
                  scope: global
                  tieBreak: [technical_content, market_potential, economic_value]
                """.formatted(id, version);
    }

    /** {@link #valid} for {@code test.yaml}. */
    static String valid() {
        return valid("test", 1);
    }

    /** {@code yaml} with the first occurrence of {@code from} replaced; fails when it does not occur. */
    static String edit(String yaml, String from, String to) {
        int at = yaml.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException("not in the fixture: " + from);
        }
        return yaml.substring(0, at) + to + yaml.substring(at + from.length());
    }
}
