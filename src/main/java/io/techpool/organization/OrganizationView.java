package io.techpool.organization;

import io.techpool.platform.Bilingual;

/** An organization as anyone may see it, with its number of pool entries. */
public record OrganizationView(String code, Bilingual name, Organization.Kind kind, String region, long poolEntries) {

    static OrganizationView of(Organization o, long poolEntries) {
        return new OrganizationView(o.code, new Bilingual(o.nameZh, o.nameEn), o.kind, o.region, poolEntries);
    }
}
