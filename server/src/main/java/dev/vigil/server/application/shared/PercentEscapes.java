package dev.vigil.server.application.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict percent-decoding of an address or a query, the one rule behind both the HTTP listener's guard and
 * the API's input gate: every {@code %} is followed by two hex digits, the bytes are valid UTF-8, and no
 * control character comes out ({@code %00}, {@code %0d%0a}).
 */
public final class PercentEscapes {

    /** What is wrong with an address. */
    public enum Fault { MALFORMED_ESCAPE, UNESCAPED_CHARACTER, NOT_UTF8, CONTROL_CHARACTER }

    /** An address that cannot be decoded, and why. */
    public static final class Undecodable extends Exception {
        private final Fault fault;

        Undecodable(Fault fault) {
            super(fault.name(), null, false, false);
            this.fault = fault;
        }

        public Fault fault() {
            return fault;
        }
    }

    private PercentEscapes() {
    }

    /**
     * @param query whether {@code +} stands for a space
     * @param rawBytes whether characters outside printable ASCII are taken as the bytes they stand for (a
     *                 request line as the listener reads it) instead of being refused as unescaped
     */
    public static String decode(String raw, boolean query, boolean rawBytes) throws Undecodable {
        byte[] bytes = new byte[raw.length()];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    throw new Undecodable(Fault.MALFORMED_ESCAPE);
                }
                bytes[n++] = (byte) Integer.parseInt(raw.substring(i + 1, i + 3), 16);
                i += 2;
            } else if (!rawBytes && (c > 0x7e || c < 0x20)) {
                throw new Undecodable(Fault.UNESCAPED_CHARACTER);
            } else {
                bytes[n++] = (byte) (query && c == '+' ? ' ' : c);
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, n)).toString();
        } catch (CharacterCodingException e) {
            throw new Undecodable(Fault.NOT_UTF8);
        }
        if (text.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
            throw new Undecodable(Fault.CONTROL_CHARACTER);
        }
        return text;
    }
}
