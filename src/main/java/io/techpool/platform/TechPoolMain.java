package io.techpool.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.techpool.platform.embedded.LocalServices;

/** Starts the backing services the environment does not name, then the application. */
@QuarkusMain
public final class TechPoolMain {

    private TechPoolMain() {}

    public static void main(String... args) {
        LocalServices.startMissing();
        Quarkus.run(args);
    }
}
