package io.techpool.achievement;

import io.techpool.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Issues registration numbers (登记号): region prefix (3) + year (4) + type digit (1) + serial (4).
 * The serial is counted per prefix and year in one row that the upsert locks, so concurrent
 * submissions queue on it and never share or reuse a number; a rolled-back submission gives its
 * serial back with the rest of its transaction.
 */
@ApplicationScoped
class RegistrationNumbers {

    static final int MAX_SERIAL = 9999;

    @Inject
    AchievementRepository achievements;

    String next(String regionCode, int year, AchievementKinds.Type type) {
        String prefix = regionCode.substring(0, 3);
        int serial = achievements.nextSerial(prefix, year);
        if (serial > MAX_SERIAL) {
            throw new DomainException.Conflict(m -> m.registrationNumbersExhausted(prefix, year));
        }
        return "%s%04d%c%04d".formatted(prefix, year, type.digit, serial);
    }
}
