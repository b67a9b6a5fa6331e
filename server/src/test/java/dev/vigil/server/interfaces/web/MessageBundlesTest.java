package dev.vigil.server.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every page text exists in every bundled language, with the same placeholders; the scripts use no key the bundle lacks. */
class MessageBundlesTest {

    static Stream<String> languages() {
        return UiText.BUNDLES.stream().filter(l -> !l.equals("en"));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyTextIsTranslated_withItsPlaceholders(String lang) throws IOException {
        Properties en = load("en");
        Properties other = load(lang);
        assertThat(other.stringPropertyNames()).as(lang + " has exactly the English keys").isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(other.getProperty(key))).as(lang + " " + key).isEqualTo(placeholders(en.getProperty(key)));
            assertThat(other.getProperty(key)).as(lang + " " + key).isNotBlank();
        }
    }

    @Test
    void theScripts_useOnlyKeysTheBundleHas() throws IOException {
        Properties en = load("en");
        Pattern call = Pattern.compile("\\bt\\('([a-zA-Z0-9_.]+)'");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> scripts = Files.list(Path.of("src/main/webapp/static/js"))) {
            for (Path script : scripts.toList()) {
                Matcher m = call.matcher(Files.readString(script));
                while (m.find()) {
                    if (!m.group(1).endsWith(".") && !en.containsKey(m.group(1))) {
                        missing.add(script.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\w+)\\}").matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Properties load(String lang) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/web/messages_" + lang + ".properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
