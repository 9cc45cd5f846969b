package io.techpool.organization;

import java.util.Map;

/**
 * Counts pool entries per organization. The pool lives in a feature that depends on organizations,
 * so it implements this rather than organizations reaching into it.
 */
public interface PoolEntryCounter {

    /** Pool entries keyed by organization code; organizations without entries may be absent. */
    Map<String, Long> countByOrganization();
}
