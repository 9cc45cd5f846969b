package io.techpool.round;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.techpool.scoring.SelectionResult;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A round's stored {@link SelectionResult}: the latest computation, replaced until the round is published. */
@Entity
@Table(name = "round_result")
class StoredSelectionResult {

    /** Decimals are written as they are (never 1E+1), so the stored result reads back to the same scores. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .findAndRegisterModules()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Id
    UUID roundId;

    String rulesId;

    int rulesVersion;

    String rulesDigest;

    String inputDigest;

    OffsetDateTime computedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    private String result;

    protected StoredSelectionResult() {}

    StoredSelectionResult(UUID roundId, SelectionResult computed, String rulesDigest, OffsetDateTime at) {
        this.roundId = roundId;
        store(computed, rulesDigest, at);
    }

    void store(SelectionResult computed, String rulesDigest, OffsetDateTime at) {
        this.rulesId = computed.rulesId();
        this.rulesVersion = computed.rulesVersion();
        this.rulesDigest = rulesDigest;
        this.inputDigest = computed.inputDigest();
        this.computedAt = at;
        try {
            this.result = JSON.writeValueAsString(computed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    SelectionResult result() {
        try {
            return JSON.readValue(result, SelectionResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored result of round " + roundId, e);
        }
    }

    SelectionResultView view() {
        return SelectionResultView.of(roundId.toString(), result(), false, computedAt);
    }
}
