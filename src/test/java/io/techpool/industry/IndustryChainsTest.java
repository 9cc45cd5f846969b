package io.techpool.industry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which chains an achievement serves, from its division and its text, under the default Lanzhou file. */
class IndustryChainsTest {

    private static final IndustryChains LANZHOU =
            new IndustryChains(IndustryChains.load(Path.of("industry-chains", "lanzhou.yaml"), new IndustryCatalog()));

    @Test
    void aKeywordInASpannedDivision_tagsTheChain_inChineseText() {
        assertThat(LANZHOU.tag("34", List.of("兆瓦级质子交换膜电解水制氢装置")))
                .contains("hydrogen-energy", "equipment-manufacturing");
        assertThat(LANZHOU.tag("38", List.of("钙钛矿/晶硅叠层光伏组件"))).containsExactly("new-energy");
    }

    @Test
    void aKeywordOutsideTheChainsDivisions_doesNotTagIt() {
        // 基因 and 药物 are biomedicine words, but a potato seed in agriculture (01) is not biomedicine.
        assertThat(LANZHOU.tag("01", List.of("马铃薯脱毒种薯", "药物筛选"))).isEmpty();
    }

    @Test
    void aCoreDivision_tagsTheChain_withoutAKeyword() {
        assertThat(LANZHOU.tag("27", List.of("一种新的化合物"))).containsExactly("biomedicine");
        assertThat(LANZHOU.tag("32", List.of("某工艺"))).containsExactly("nonferrous-metallurgy");
    }

    @Test
    void aSharedDivision_isDecidedByKeywords_andMayServeSeveralChains() {
        assertThat(LANZHOU.tag("27", List.of("道地中药材近红外快速鉴别方法")))
                .containsExactly("biomedicine", "traditional-chinese-medicine");
        assertThat(LANZHOU.tag("37", List.of("输电线路自主巡检无人机"))).containsExactly("aerospace");
    }

    @Test
    void latinKeywords_matchWholeWords_andPlurals_afterNormalisation() {
        assertThat(LANZHOU.tag("38", List.of("Grid-scale BATTERIES for solar farms")))
                .contains("new-energy");
        assertThat(LANZHOU.tag("38", List.of("Ｆｕｅｌ　Ｃｅｌｌ stack"))).contains("hydrogen-energy");
        // "ai" inside "maintain" and "tin" inside "testing" are not words; "hydrogenated" is not "hydrogen".
        assertThat(LANZHOU.tag("26", List.of("hydrogenated testing compounds"))).isEmpty();
    }

    @Test
    void chineseNextToLatin_stillMeetsAWordBoundary() {
        assertThat(LANZHOU.tag("27", List.of("基于mRNA的疫苗"))).contains("biomedicine");
        assertThat(LANZHOU.tag("65", List.of("面向GPU集群的调度"))).containsExactly("computing-power");
    }

    @Test
    void digest_dependsOnWhatTaggingReads_notOnNames() {
        IndustryCatalog catalog = new IndustryCatalog();
        String base = """
                title: { zh: 甲, en: A }
                chains:
                  - id: x
                    name: { zh: 乙, en: B }
                    divisions: ["38"]
                    keywords: { zh: [光伏], en: [solar] }
                """;
        String digest = new IndustryChains(ChainFile.parse("a.yaml", base, catalog)).digest();

        assertThat(new IndustryChains(ChainFile.parse("a.yaml", base.replace("乙", "丙") + "# note\n", catalog)).digest())
                .isEqualTo(digest);
        assertThat(new IndustryChains(ChainFile.parse("a.yaml", base.replace("光伏", "风电"), catalog)).digest())
                .isNotEqualTo(digest);
    }

    /** The demo pool is submitted through the API, so its entries are tagged like any other: each one, here. */
    @Test
    void theDemoPoolsEntries_eachServeAChain() throws java.io.IOException {
        var demo = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(getClass().getClassLoader().getResourceAsStream("demo/demo-pool.json"));
        java.util.Map<String, List<String>> tags = new java.util.LinkedHashMap<>();
        for (var a : demo.path("achievements")) {
            if (a.path("score").asInt() < 77) {
                continue; // the six scored 77 and above enter the pool
            }
            List<String> texts = new java.util.ArrayList<>(List.of(
                    a.path("title").path("zh").asText(),
                    a.path("title").path("en").asText(),
                    a.path("summary").path("zh").asText(),
                    a.path("summary").path("en").asText()));
            a.path("keywords").forEach(k -> texts.add(k.asText()));
            tags.put(
                    a.path("title").path("zh").asText(),
                    LANZHOU.tag(a.path("industryCode").asText(), texts));
        }

        assertThat(tags)
                .hasSize(6)
                .allSatisfy((title, chains) -> assertThat(chains).as(title).isNotEmpty());
        assertThat(tags.get("兆瓦级质子交换膜电解水制氢装置")).contains("hydrogen-energy");
        assertThat(tags.get("高导热石墨烯复合散热膜")).contains("new-materials");
        assertThat(tags.get("mRNA 药物可电离脂质纳米递送系统")).contains("biomedicine");
    }
}
