package io.techpool.pool;

import io.techpool.organization.PoolEntryList;
import io.techpool.platform.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** An organization's pool entries, as its page lists them. */
@ApplicationScoped
class PoolEntryItems implements PoolEntryList {

    @Inject
    PoolEntryRepository entries;

    @Inject
    PoolSearch search;

    @Override
    public List<Item> of(String organizationCode, Language language, int limit) {
        return entries.ofOrganization(organizationCode, limit).stream()
                .map(e -> new Item(
                        e.id.toString(),
                        language.pick(e.titleZh, e.titleEn),
                        search.industryName(e.division, language),
                        e.trl,
                        e.composite.setScale(2, java.math.RoundingMode.HALF_UP),
                        e.publishedAt))
                .toList();
    }
}
