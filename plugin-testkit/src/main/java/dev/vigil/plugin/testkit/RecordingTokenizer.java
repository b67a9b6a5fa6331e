package dev.vigil.plugin.testkit;

import dev.vigil.plugin.subject.SubjectKind;
import dev.vigil.plugin.subject.SubjectTokenizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tokenizer for tests that shapes tokens as the server does ({@code <kind>:<hash>}) and remembers
 * every token it made, so a test can tell a token from a raw value that slipped through.
 */
public final class RecordingTokenizer implements SubjectTokenizer {

    private final Map<String, SubjectKind> made = new ConcurrentHashMap<>();
    private final Map<String, String> inputs = new ConcurrentHashMap<>();

    @Override
    public String tokenize(SubjectKind kind, String rawValue) {
        if (rawValue == null || rawValue.isBlank()) {
            throw new IllegalArgumentException("nothing to tokenise");
        }
        String token = kind.jsonName() + ":" + sha256(kind.name() + "\u0000" + rawValue.strip()).substring(0, 32);
        made.put(token, kind);
        inputs.put(token, rawValue.strip());
        return token;
    }

    /**
     * Whether this tokenizer made the value.
     *
     * @param value a value found in a stay
     * @return true for a token this tokenizer returned
     */
    public boolean made(String value) {
        return made.containsKey(value);
    }

    /**
     * The kind a token was made for.
     *
     * @param token a token this tokenizer returned
     * @return its kind, or null
     */
    public SubjectKind kindOf(String token) {
        return made.get(token);
    }

    /**
     * The raw value a token was made from, for assertions about canonical inputs.
     *
     * @param token a token this tokenizer returned
     * @return the input, or null
     */
    public String inputOf(String token) {
        return inputs.get(token);
    }

    /**
     * Every token made so far.
     *
     * @return the tokens
     */
    public Set<String> tokens() {
        return Set.copyOf(made.keySet());
    }

    /**
     * The token a raw value of a kind gets, without recording it.
     *
     * @param kind the kind
     * @param rawValue the raw value
     * @return the token
     */
    public static String tokenOf(SubjectKind kind, String rawValue) {
        return kind.jsonName() + ":" + sha256(kind.name() + "\u0000" + rawValue.strip()).substring(0, 32);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
