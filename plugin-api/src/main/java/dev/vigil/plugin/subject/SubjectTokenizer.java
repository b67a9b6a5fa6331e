package dev.vigil.plugin.subject;

/**
 * Outbound port that turns a raw identifier into the tenant's keyed-hash token.
 * Connectors receive one in their context and must tokenise every identifier before
 * it leaves their mapping code, so raw values never reach Vigil's storage or logs.
 */
@FunctionalInterface
public interface SubjectTokenizer {

    /**
     * Returns the token for a raw value of the given kind.
     *
     * @param kind what the value identifies; the same text of two kinds yields two different tokens
     * @param rawValue the identifier as it arrived; must not be blank
     * @return an opaque, stable token, safe to store and to compare
     */
    String tokenize(SubjectKind kind, String rawValue);
}
