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

/**
 * The Chinese and English bundles say the same things: same keys, same {parameters}, nothing left empty. Both
 * bundles: {@code msg} (API, mail), {@code web} (the pages), {@code events} (the promotion events' pages) and {@code exports} (the spreadsheet
 * exports' headers and labels).
 */
class MessageBundlesTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.]*)");

    enum Bundle {
        MSG(Messages.class, "msg"),
        WEB(io.techpool.platform.web.WebMessages.class, "web"),
        EVENTS(io.techpool.event.EventTexts.class, "events"),
        EXPORTS(io.techpool.platform.excel.ExportTexts.class, "exports");

        final Class<?> type;
        final Map<String, String> zh;
        final Map<String, String> en;

        Bundle(Class<?> type, String name) {
            this.type = type;
            this.zh = load("messages/" + name + ".properties");
            this.en = load("messages/" + name + "_en.properties");
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Bundle.class)
    void everyMessageOfTheBundleInterfaceIsTranslatedInBothLanguages(Bundle bundle) {
        Set<String> methods = Arrays.stream(bundle.type.getDeclaredMethods())
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(bundle.zh.keySet()).as("Chinese keys of " + bundle).isEqualTo(methods);
        assertThat(bundle.en.keySet()).as("English keys of " + bundle).isEqualTo(methods);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Bundle.class)
    void noTranslationIsEmpty(Bundle bundle) {
        assertThat(bundle.zh).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
        assertThat(bundle.en).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Bundle.class)
    void bothLanguagesUseTheSameParameters(Bundle bundle) {
        bundle.zh.forEach(
                (key, zh) -> assertThat(parameters(bundle.en.get(key))).as(key).isEqualTo(parameters(zh)));
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
