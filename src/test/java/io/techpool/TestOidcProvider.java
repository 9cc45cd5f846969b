package io.techpool;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * An OpenID provider for tests on 127.0.0.1 only: discovery and the JWKS with the public half of the
 * key pair shipped in {@code quarkus-test-oidc-server}, whose private half signs {@link Tokens}.
 */
public final class TestOidcProvider implements AutoCloseable {

    static final String REALM_PATH = "/realms/techpool";

    private final WireMockServer server;

    private TestOidcProvider(WireMockServer server) {
        this.server = server;
    }

    public static TestOidcProvider start() {
        WireMockServer server =
                new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        String issuer = "http://127.0.0.1:" + server.port() + REALM_PATH;
        server.stubFor(get(urlEqualTo(REALM_PATH + "/.well-known/openid-configuration"))
                .willReturn(json("""
                {"issuer": "%1$s",
                 "jwks_uri": "%1$s/protocol/openid-connect/certs",
                 "authorization_endpoint": "%1$s/protocol/openid-connect/auth",
                 "token_endpoint": "%1$s/protocol/openid-connect/token",
                 "end_session_endpoint": "%1$s/protocol/openid-connect/logout",
                 "id_token_signing_alg_values_supported": ["RS256"]}""".formatted(issuer))));
        server.stubFor(get(urlEqualTo(REALM_PATH + "/protocol/openid-connect/certs"))
                .willReturn(json("{\"keys\": [" + resource("publicKey.jwk") + "]}")));
        return new TestOidcProvider(server);
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.port() + REALM_PATH;
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String resource(String name) {
        try (InputStream in = TestOidcProvider.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name + " from quarkus-test-oidc-server");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
