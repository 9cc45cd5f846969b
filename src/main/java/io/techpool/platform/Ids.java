package io.techpool.platform;

import java.util.Optional;
import java.util.UUID;

/** Ids in paths are opaque strings to clients: one that is not a UUID names nothing (404), not a bad request. */
public final class Ids {

    private Ids() {}

    public static Optional<UUID> uuid(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
