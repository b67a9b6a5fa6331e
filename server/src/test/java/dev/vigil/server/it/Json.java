package dev.vigil.server.it;


import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** Parsing JSON replies in tests. */
public final class Json {

    private Json() {
    }

    public static JsonObject object(String text) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    public static JsonValue value(String text) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
