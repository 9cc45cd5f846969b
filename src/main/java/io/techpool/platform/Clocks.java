package io.techpool.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock every service asks for the time, in TechPool's time zone. */
@ApplicationScoped
class Clocks {

    @Produces
    @ApplicationScoped
    Clock clock(TechPoolConfig config) {
        return Clock.system(config.timeZone());
    }
}
