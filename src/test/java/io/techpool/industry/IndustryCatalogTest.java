package io.techpool.industry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndustryCatalogTest {

    private final IndustryCatalog catalog = new IndustryCatalog();

    @Test
    void load_readsEverySectionAndDivision_inFileOrder() {
        assertThat(catalog.all()).hasSize(117);
        assertThat(catalog.all().stream().filter(Industry::isSection)).hasSize(20);
        assertThat(catalog.all().getFirst())
                .isEqualTo(new Industry("A", "A", "农、林、牧、渔业", "Agriculture, forestry, animal husbandry and fishery"));
    }

    @Test
    void load_keepsQuotedNamesWithCommasWhole() {
        assertThat(catalog.division("15"))
                .contains(new Industry("15", "C", "酒、饮料和精制茶制造业", "Manufacture of liquor, beverages and refined tea"));
    }

    @Test
    void division_and_section_tellTheTwoKindsApart() {
        assertThat(catalog.division("C")).isEmpty();
        assertThat(catalog.section("38")).isEmpty();
        assertThat(catalog.section("C")).map(Industry::nameEn).contains("Manufacturing");
        assertThat(catalog.division("38")).map(Industry::section).contains("C");
        assertThat(catalog.division(null)).isEmpty();
    }
}
