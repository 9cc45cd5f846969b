package io.techpool.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Chinese and English bundles say the same things: same keys, same {parameters}, nothing left empty. */
class MessageBundlesTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.]*)");

    private static final Map<String, String> ZH = load("messages/msg.properties");
    private static final Map<String, String> EN = load("messages/msg_en.properties");

    @Test
    void everyMessageOfTheBundleInterfaceIsTranslatedInBothLanguages() {
        Set<String> methods = Arrays.stream(Messages.class.getDeclaredMethods())
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(ZH.keySet()).as("keys of msg.properties").isEqualTo(methods);
        assertThat(EN.keySet()).as("keys of msg_en.properties").isEqualTo(methods);
    }

    @Test
    void noTranslationIsEmpty() {
        assertThat(ZH).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
        assertThat(EN).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
    }

    @Test
    void bothLanguagesUseTheSameParameters() {
        ZH.forEach((key, zh) -> assertThat(parameters(EN.get(key))).as(key).isEqualTo(parameters(zh)));
    }

    private static Set<String> parameters(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PARAMETER.matcher(text == null ? "" : text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Map<String, String> load(String resource) {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            properties.forEach((k, v) -> texts.put((String) k, (String) v));
            return texts;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
