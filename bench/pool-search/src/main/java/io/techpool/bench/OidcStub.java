package io.techpool.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * A minimal OpenID provider on 127.0.0.1: discovery and JWKS for a key generated at start, and
 * RS256 access tokens signed with it (for the operator's index rebuild). No Keycloak needed.
 */
final class OidcStub implements AutoCloseable {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final HttpServer server;
    private final KeyPair keys;
    private final String issuer;

    OidcStub() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/techpool";
        RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
        String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"bench\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                + B64.encodeToString(unsigned(pub.getModulus().toByteArray())) + "\",\"e\":\""
                + B64.encodeToString(unsigned(pub.getPublicExponent().toByteArray())) + "\"}]}";
        String discovery = """
                {"issuer": "%1$s",
                 "jwks_uri": "%1$s/protocol/openid-connect/certs",
                 "authorization_endpoint": "%1$s/protocol/openid-connect/auth",
                 "token_endpoint": "%1$s/protocol/openid-connect/token",
                 "end_session_endpoint": "%1$s/protocol/openid-connect/logout",
                 "id_token_signing_alg_values_supported": ["RS256"]}""".formatted(issuer);
        server.createContext("/realms/techpool/.well-known/openid-configuration", x -> send(x, discovery));
        server.createContext("/realms/techpool/protocol/openid-connect/certs", x -> send(x, jwks));
        server.start();
    }

    String issuer() {
        return issuer;
    }

    /** An access token for the app (audience techpool-web) with the given realm role. */
    String token(String username, String role) throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"bench\"}";
        String claims = "{\"iss\":\"" + issuer + "\",\"sub\":\"" + username + "\",\"aud\":\"techpool-web\",\"azp\":\"techpool-web\","
                + "\"iat\":" + now + ",\"exp\":" + (now + 3600) + ",\"preferred_username\":\"" + username + "\","
                + "\"realm_access\":{\"roles\":[\"" + role + "\"]}}";
        String signingInput = B64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.getPrivate());
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + B64.encodeToString(rsa.sign());
    }

    private static byte[] unsigned(byte[] b) {
        return b.length > 1 && b[0] == 0 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b;
    }

    private static void send(com.sun.net.httpserver.HttpExchange x, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(200, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
