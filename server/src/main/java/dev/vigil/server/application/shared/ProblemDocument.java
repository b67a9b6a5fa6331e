package dev.vigil.server.application.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal as problem+json (RFC 9457), the one form behind every writer that answers before JAX-RS:
 * the servlet gate, the sign-in mechanism and the HTTP listener's guard. Its body names the status, a
 * title and what to do, escaped so that nothing in it can break out of the JSON or be read as markup;
 * its headers are those of an answer that shows nothing and may not be kept.
 */
public final class ProblemDocument {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** The Content-Security-Policy of every answer that is not a page: nothing loads, nothing frames it. */
    public static final String LOCKED_DOWN_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** The headers a refusal carries wherever it is written. */
    public static final Map<String, String> HEADERS;

    static {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cache-Control", "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Content-Security-Policy", LOCKED_DOWN_POLICY);
        HEADERS = java.util.Collections.unmodifiableMap(headers);
    }

    private ProblemDocument() {
    }

    public static String json(int status, String title, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"" + escape(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + escape(detail) + "\"}";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
