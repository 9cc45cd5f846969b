package io.techpool.browser;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.techpool.KeycloakTestServer;
import java.util.List;

/**
 * Every browser test class uses this profile, so Quarkus restarts once for all of them, with the real Keycloak
 * behind the pages' sign-in ({@link KeycloakTestServer}) besides the services every test has.
 */
public class BrowserProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KeycloakTestServer.class));
    }
}
