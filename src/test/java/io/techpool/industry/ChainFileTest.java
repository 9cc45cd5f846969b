package io.techpool.industry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.techpool.platform.FileViolation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a chain file: all of it or nothing, every violation named with its path. */
class ChainFileTest {

    private static final IndustryCatalog CATALOG = new IndustryCatalog();

    private static final String VALID = """
            title: { zh: 测试市重点产业链, en: Test city's key industry chains }
            chains:
              - id: new-energy
                name: { zh: 新能源, en: New energy }
                divisions: ["38", "44"]
                keywords: { zh: [光伏, 储能], en: [photovoltaic] }
              - id: new-food
                name: { zh: 新食品, en: New food }
                divisions: ["13", "14"]
                coreDivisions: ["14"]
                keywords: { zh: [食品], en: [food] }
            """;

    @TempDir
    Path dir;

    @Test
    void parse_readsChainsInFileOrder_withTheirDivisionsAndKeywords() {
        ChainFile file = ChainFile.parse("test.yaml", VALID, CATALOG);

        assertThat(file.title().zh()).isEqualTo("测试市重点产业链");
        assertThat(file.chains()).extracting(Chain::id).containsExactly("new-energy", "new-food");
        Chain food = file.chains().get(1);
        assertThat(food.divisions()).containsExactly("13", "14");
        assertThat(food.coreDivisions()).containsExactly("14");
        assertThat(food.keywordsZh()).containsExactly("食品");
        assertThat(file.chains().get(0).coreDivisions()).isEmpty();
    }

    @Test
    void parse_namesEveryViolation_ofEveryChain() {
        String broken = """
                title: { zh: 测试, en: Test }
                chains:
                  - id: new-energy
                    name: { en: New energy }
                    divisions: ["38", "99", "C", 44]
                    keywords: { zh: [], en: [solar] }
                  - id: new-energy
                    name: { zh: 新食品, en: New food }
                    divisions: ["13"]
                    coreDivisions: ["14"]
                    keywords: { zh: [食品, 食品], en: [food] }
                  - id: Bad_Id
                    name: { zh: 新食品, en: Food again }
                    divisions: []
                    keywords: { zh: [食物], en: [meal] }
                    colour: red
                """;

        assertThatThrownBy(() -> ChainFile.parse("lanzhou.yaml", broken, CATALOG))
                .isInstanceOfSatisfying(
                        InvalidChainFile.class,
                        e -> assertThat(e.violations())
                                .extracting(FileViolation::field)
                                .containsExactlyInAnyOrder(
                                        "chains[0].name.zh",
                                        "chains[0].divisions[1]",
                                        "chains[0].divisions[2]",
                                        "chains[0].divisions[3]",
                                        "chains[0].keywords.zh",
                                        "chains[1].coreDivisions[0]",
                                        "chains[1].keywords.zh[1]",
                                        "chains[1].id",
                                        "chains[2].colour",
                                        "chains[2].id",
                                        "chains[2].name.zh",
                                        "chains[2].divisions"))
                .hasMessageContaining("lanzhou.yaml (techpool.industry.chains-file) is invalid")
                .hasMessageContaining("chains[0].divisions[1]: 99 is not a GB/T 4754-2017 division")
                .hasMessageContaining("chains[0].divisions[3]: must be a quoted two-digit division code")
                .hasMessageContaining("chains[1].id: repeats new-energy of chains[0]")
                .hasMessageContaining("chains[2].name.zh: repeats 新食品 of chains[1]")
                .hasMessageContaining("chains[1].coreDivisions[0]: 14 is not among the chain's divisions")
                .hasMessageContaining("chains[0].keywords.zh: must list at least one keyword");
    }

    @Test
    void parse_refusesARepeatedChineseName() {
        String twice = VALID.replace("{ zh: 新食品, en: New food }", "{ zh: 新能源, en: New food }");

        assertThatThrownBy(() -> ChainFile.parse("t.yaml", twice, CATALOG))
                .hasMessageContaining("chains[1].name.zh: repeats 新能源 of chains[0]");
    }

    @Test
    void parse_refusesMissingParts_andUnknownKeys() {
        assertThatThrownBy(() -> ChainFile.parse("t.yaml", "chains: []\nregion: 兰州\n", CATALOG))
                .isInstanceOfSatisfying(
                        InvalidChainFile.class,
                        e -> assertThat(e.violations())
                                .extracting(FileViolation::field)
                                .containsExactlyInAnyOrder("region", "title", "chains"));
        assertThatThrownBy(() -> ChainFile.parse(
                        "t.yaml",
                        "title: { zh: 测试, en: Test }\nchains:\n  - id: x\n    name: { zh: 甲, en: A }\n",
                        CATALOG))
                .isInstanceOfSatisfying(
                        InvalidChainFile.class,
                        e -> assertThat(e.violations())
                                .extracting(FileViolation::field, v -> v.rule().en())
                                .containsExactlyInAnyOrder(
                                        tuple("chains[0].divisions", "is required"),
                                        tuple("chains[0].keywords", "is required")));
    }

    @Test
    void parse_reportsMalformedYaml_withItsLine() {
        assertThatThrownBy(() -> ChainFile.parse("t.yaml", "title: { zh: 测试\nchains: [", CATALOG))
                .isInstanceOfSatisfying(
                        InvalidChainFile.class,
                        e -> assertThat(e.violations())
                                .singleElement()
                                .satisfies(v -> assertThat(v.line()).isPositive()))
                .hasMessageContaining("malformed YAML");
        assertThatThrownBy(() -> ChainFile.parse("t.yaml", "", CATALOG)).hasMessageContaining("is empty");
        assertThatThrownBy(() -> ChainFile.parse("t.yaml", VALID + "---\n" + VALID, CATALOG))
                .hasMessageContaining("more than one YAML document");
    }

    @Test
    void load_refusesAMissingFile_andOneThatIsNotUtf8() throws IOException {
        assertThatThrownBy(() -> IndustryChains.load(dir.resolve("missing.yaml"), CATALOG))
                .hasMessageContaining("missing.yaml: does not exist");
        Path gbk = dir.resolve("gbk.yaml");
        Files.write(gbk, VALID.getBytes("GBK"));
        assertThatThrownBy(() -> IndustryChains.load(gbk, CATALOG)).hasMessageContaining("is not UTF-8 text");
    }

    @Test
    void theDefaultFile_holdsLanzhousFifteenChains() {
        ChainFile file = IndustryChains.load(Path.of("industry-chains", "lanzhou.yaml"), CATALOG);

        assertThat(file.chains())
                .extracting(c -> c.name().zh())
                .containsExactly(
                        "石油化工", "装备制造", "生物医药", "有色冶金", "航空航天", "新材料", "新能源", "新食品", "新算力", "核能", "氢能", "新型建材", "绿色环保",
                        "中医药", "文化旅游");
    }
}
