package io.techpool.organization;

import io.techpool.platform.Language;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An organization's pool entries, for its public page. The pool lives in a feature that depends on
 * organizations, so it implements this (as it does {@link PoolEntryCounter}) rather than organizations
 * reaching into it.
 */
public interface PoolEntryList {

    /** Up to {@code limit} entries of the organization, best composite first, named in {@code language}. */
    List<Item> of(String organizationCode, Language language, int limit);

    /** One entry as a card shows it. */
    record Item(String id, String title, String industry, long trl, BigDecimal composite, OffsetDateTime publishedAt) {}
}
