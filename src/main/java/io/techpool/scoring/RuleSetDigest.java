package io.techpool.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a rule set's content, so a changed file behind an unchanged (id, version) is noticed. */
public final class RuleSetDigest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RuleSetDigest() {}

    public static String of(RuleSet rules) {
        try {
            byte[] canonical = JSON.writeValueAsString(rules).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest rule set " + rules.id(), e);
        }
    }
}
