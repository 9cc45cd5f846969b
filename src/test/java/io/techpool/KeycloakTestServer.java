package io.techpool;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.techpool.platform.embedded.EmbeddedKeycloak;
import io.techpool.platform.embedded.EmbeddedOpenSearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real Keycloak for the browser tests: the embedded one of the Run command (the distribution the build
 * unpacks into {@code target/keycloak}), with the production realm and the local additions (demo users
 * {@code inst1}, {@code investor1}, {@code operator1}…, password = user name), fresh under
 * {@code target/keycloak-test/{pid}} on a free port.
 *
 * <p>Only the pages' tenant ({@code quarkus.oidc.web.*}) is pointed at it: the JSON API's default tenant stays on
 * {@link TestOidcProvider}, so {@link Tokens} keep working for fixtures. The app gets a fixed free port chosen
 * here, because the realm must list it: the imported realm is the production file with this one origin added to
 * {@code techpool-web}'s redirect and post-logout URIs (a copy under {@code target/}; the production file itself
 * names only the local Run's origin).
 */
public class KeycloakTestServer implements QuarkusTestResourceLifecycleManager {

    private EmbeddedKeycloak keycloak;

    @Override
    public Map<String, String> start() {
        long started = System.nanoTime();
        Path work = Path.of(
                        "target",
                        "keycloak-test",
                        Long.toString(ProcessHandle.current().pid()))
                .toAbsolutePath();
        int appPort = EmbeddedOpenSearch.freePort();
        int keycloakPort = freePortWithFreeManagementPort();
        try {
            Files.createDirectories(work);
            Path realm = work.resolve("techpool-realm.json");
            Files.writeString(realm, realmFor("http://127.0.0.1:" + appPort));
            keycloak = EmbeddedKeycloak.start(
                    distribution(),
                    work.resolve("data"),
                    realm,
                    Path.of("k8s", "keycloak", "local-additions.json"),
                    keycloakPort,
                    work.resolve("keycloak.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf(
                "Keycloak for the browser tests at %s, started in %.1f s%n",
                keycloak.issuer(), (System.nanoTime() - started) / 1e9);
        return Map.of(
                "quarkus.oidc.web.auth-server-url", keycloak.issuer(),
                "quarkus.http.test-port", Integer.toString(appPort),
                // investor1's INV-GSVC and the other demo users' organizations, as in the local run.
                "techpool.demo-organizations", "true");
    }

    /** The production realm with the test app's origin allowed to receive codes and come back after logout. */
    static String realmFor(String origin) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode)
                json.readTree(Path.of("k8s", "keycloak", "techpool-realm.json").toFile());
        for (var client : realm.withArray("clients")) {
            if (client.path("clientId").asText().equals("techpool-web")) {
                ((ArrayNode) client.withArray("redirectUris")).add(origin + "/*");
                ObjectNode attributes = (ObjectNode) client.with("attributes");
                attributes.put(
                        "post.logout.redirect.uris",
                        attributes.path("post.logout.redirect.uris").asText() + "##" + origin + "/*");
            }
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(realm);
    }

    /** {@code target/keycloak/keycloak-{version}}, which the build unpacks before the tests. */
    private static Path distribution() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("target", "keycloak"))) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve("lib/quarkus-run.jar")))
                    .findFirst()
                    .orElseThrow();
        } catch (IOException | java.util.NoSuchElementException e) {
            throw new IllegalStateException("no Keycloak under target/keycloak: run the build (./mvnw verify)", e);
        }
    }

    /** Keycloak also listens on port + 1000 (management). */
    private static int freePortWithFreeManagementPort() {
        for (int i = 0; i < 50; i++) {
            int port = EmbeddedOpenSearch.freePort();
            if (port + EmbeddedKeycloak.MANAGEMENT_PORT_OFFSET < 65536
                    && isFree(port + EmbeddedKeycloak.MANAGEMENT_PORT_OFFSET)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port pair for Keycloak");
    }

    private static boolean isFree(int port) {
        try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
