package io.techpool.organization;

import java.util.Collection;
import java.util.Map;

/**
 * Counts pool entries per organization. The pool lives in a feature that depends on organizations,
 * so it implements this rather than organizations reaching into it.
 */
public interface PoolEntryCounter {

    /** Pool entries of these organizations; one without entries may be absent. */
    Map<String, Long> countByOrganization(Collection<String> codes);
}
