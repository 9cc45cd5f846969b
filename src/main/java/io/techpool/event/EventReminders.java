package io.techpool.event;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The reminder the day before: every {@code check-every}, the registered of events starting within a day are
 * mailed, each once (see {@link EventService#remind}: safe with several replicas). Tests call {@link #run} with
 * the "now" they like; the scheduler is off in tests.
 */
@ApplicationScoped
public class EventReminders {

    /** How long before the start the reminder goes out. */
    static final Duration BEFORE = Duration.ofDays(1);

    @Inject
    EventService events;

    @Inject
    Clock clock;

    @Scheduled(every = "${techpool.events.remind-every:15m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run(OffsetDateTime.now(clock));
    }

    /** Answers how many reminders went out. */
    public int run(OffsetDateTime now) {
        return events.remind(now, BEFORE);
    }
}
