package dev.vigil.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The examples in docs/webhooks.md are what receivers copy into their tests: each one validates
 * against its event type's schema, and every event type with a schema has an example.
 */
class WebhookExamplesTest {

    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Path DOCS = Path.of(System.getProperty("vigil.docs", "../docs"));

    @Test
    void everyDocumentedExample_validatesAgainstItsSchema_andEverySchemaHasOne() throws IOException {
        Matcher m = JSON_BLOCK.matcher(Files.readString(DOCS.resolve("webhooks.md")));
        List<String> events = new ArrayList<>();
        while (m.find()) {
            String example = m.group(1);
            assertThat(WebhookSchemas.problems(example)).as("example %s", example).isEmpty();
            events.add(example.replaceAll("(?s).*\"event\":\\s*\"([^\"]+)\".*", "$1"));
        }
        try (var schemas = Files.list(DOCS.resolve("webhooks"))) {
            assertThat(events).containsExactlyInAnyOrderElementsOf(schemas.map(p -> p.getFileName().toString())
                    .map(n -> n.replace(".schema.json", "")).toList());
        }
    }
}
