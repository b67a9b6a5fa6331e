package dev.vigil.server.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The published schemas of docs/webhooks/, one per event type, applied to a delivery's body as a
 * receiver would: the event type names the schema, formats (date-time, uri) are checked too.
 */
public final class WebhookSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookSchemas() {
    }

    /** The problems of one delivered body against its type's schema; empty when it conforms. */
    public static List<String> problems(String body) {
        try {
            JsonNode event = JSON.readTree(body);
            String type = event.path("event").asText();
            Path file = Path.of(System.getProperty("vigil.docs", "../docs"), "webhooks", type + ".schema.json");
            if (!Files.isRegularFile(file)) {
                return List.of("no schema for event type '" + type + "' (" + file + ")");
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(JSON.readTree(Files.readString(file)), config);
            return schema.validate(event).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
