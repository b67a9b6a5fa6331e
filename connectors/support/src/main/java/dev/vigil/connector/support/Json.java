package dev.vigil.connector.support;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.plugin.connector.PmsException;
import java.io.IOException;

/** Jackson set up for PMS wire formats: unknown fields are ignored, as vendors add fields over time. */
public final class Json {

    /** The shared mapper. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL, true);

    private Json() {
    }

    /**
     * Reads an answer into a wire type.
     *
     * @param body the answer's body
     * @param type the wire type
     * @param http the connection, to record a bad answer in its health
     * @param what what the answer should be, for the message
     * @param <T> the wire type
     * @return the value
     * @throws PmsException {@code BAD_RESPONSE} when the body does not fit
     */
    public static <T> T read(String body, Class<T> type, PmsHttp http, String what) throws PmsException {
        try {
            return MAPPER.readValue(body, type);
        } catch (IOException e) {
            // the message of a Jackson error quotes the body: keep it out
            throw http.badResponse("the " + what + " is not in the documented format", null);
        }
    }

    /**
     * Reads an answer as a tree.
     *
     * @param body the answer's body
     * @param http the connection
     * @param what what the answer should be
     * @return the tree
     * @throws PmsException {@code BAD_RESPONSE} when the body is not JSON
     */
    public static JsonNode read(String body, PmsHttp http, String what) throws PmsException {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw http.badResponse("the " + what + " is not JSON", null);
        }
    }

    /**
     * Writes a request body.
     *
     * @param value the wire value
     * @return its JSON
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a request body", e);
        }
    }
}
