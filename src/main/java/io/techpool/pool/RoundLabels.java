package io.techpool.pool;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of the rounds that have pool entries: the labels of the pool's round facet. All are read at most
 * once a minute, and a round not seen yet (just published) once, so a search makes no database call in the
 * steady state; a renamed round shows its new name within a minute.
 */
@ApplicationScoped
class RoundLabels {

    private static final long FRESH_NANOS = Duration.ofMinutes(1).toNanos();

    @Inject
    EntityManager em;

    private volatile Map<String, String> names = Map.of();
    private volatile long loadedAt = System.nanoTime() - FRESH_NANOS;

    String of(String roundId) {
        if (System.nanoTime() - loadedAt > FRESH_NANOS) {
            reloadAll();
        }
        String name = names.get(roundId);
        return name != null ? name : loadOne(roundId);
    }

    private synchronized void reloadAll() {
        if (System.nanoTime() - loadedAt <= FRESH_NANOS) {
            return; // another search reloaded while this one waited
        }
        names = read(
                "select cast(id as varchar), name from review_round r"
                        + " where exists (select 1 from pool_entry e where e.round_id = r.id)",
                null);
        loadedAt = System.nanoTime();
    }

    private synchronized String loadOne(String roundId) {
        Map<String, String> found =
                read("select cast(id as varchar), name from review_round where id = cast(:id as uuid)", roundId);
        if (found.isEmpty()) {
            return null;
        }
        Map<String, String> more = new HashMap<>(names);
        more.putAll(found);
        names = Map.copyOf(more);
        return found.get(roundId);
    }

    private Map<String, String> read(String sql, String roundId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            if (roundId != null) {
                query.setParameter("id", roundId);
            }
            return query.getResultList();
        });
        Map<String, String> read = new HashMap<>();
        rows.forEach(r -> read.put((String) r[0], (String) r[1]));
        return Map.copyOf(read);
    }
}
