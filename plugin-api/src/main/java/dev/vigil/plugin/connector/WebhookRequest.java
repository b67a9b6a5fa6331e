package dev.vigil.plugin.connector;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Value object: a webhook delivery as the server received it, after it checked the connection's
 * secret. The secret itself is not passed on.
 *
 * @param body the raw body
 * @param contentType the {@code Content-Type} header, or null
 * @param headers the other headers, by lower-case name
 */
public record WebhookRequest(byte[] body, String contentType, Map<String, List<String>> headers) {

    /** Copies the body and the headers. */
    public WebhookRequest {
        body = Objects.requireNonNull(body, "body").clone();
        TreeMap<String, List<String>> lower = new TreeMap<>();
        if (headers != null) {
            headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        }
        headers = java.util.Collections.unmodifiableMap(lower);
    }

    /**
     * A JSON delivery with no other headers, as tests and pollers make them.
     *
     * @param json the body
     * @return the request
     */
    public static WebhookRequest json(String json) {
        return new WebhookRequest(json.getBytes(StandardCharsets.UTF_8), "application/json", Map.of());
    }

    /**
     * The body as text.
     *
     * @return the body decoded as UTF-8
     */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The body's bytes.
     *
     * @return a copy of the body
     */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /**
     * The first value of a header.
     *
     * @param name the header's name in any case
     * @return its first value
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
