package io.techpool.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * PostgreSQL stores no NUL character (U+0000) in text, so a JSON string holding one ({@code "\u0000"}) is bad
 * input, refused while the body is read with a 400 naming the field, before anything is written.
 */
@Singleton
class JsonText implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("techpool-text").addDeserializer(String.class, new WithoutNul()));
    }

    static final class WithoutNul extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw new NulCharacter(parser, text);
            }
            return text;
        }
    }

    /** Named by {@link ProblemMapper} as "must not contain the NUL character"; a format error, as Jackson reports a bad value. */
    static final class NulCharacter extends InvalidFormatException {

        NulCharacter(JsonParser parser, String text) {
            super(parser, "text contains U+0000", text, String.class);
        }
    }
}
