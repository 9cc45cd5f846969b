package io.techpool.achievement;

import io.techpool.achievement.AchievementKinds.Status;
import io.techpool.organization.PoolEntryCounter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Pool entries are achievements in status IN_POOL, counted per owner organization. */
@ApplicationScoped
class PoolEntryCounts implements PoolEntryCounter {

    @Inject
    AchievementRepository achievements;

    @Override
    public Map<String, Long> countByOrganization() {
        List<Object[]> rows = achievements
                .getEntityManager()
                .createQuery(
                        "select a.organizationCode, count(a) from Achievement a where a.status = :status "
                                + "group by a.organizationCode",
                        Object[].class)
                .setParameter("status", Status.IN_POOL)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
    }
}
