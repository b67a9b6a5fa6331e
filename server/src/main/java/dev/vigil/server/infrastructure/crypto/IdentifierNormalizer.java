package dev.vigil.server.infrastructure.crypto;

import dev.vigil.plugin.subject.SubjectKind;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Puts raw identifiers in one canonical form before hashing, so that "ab-123 c" and "AB123C"
 * give the same vehicle token and "+1 (860) 555-0100" and "18605550100" the same phone token.
 */
final class IdentifierNormalizer {

    private IdentifierNormalizer() {
    }

    static String normalize(SubjectKind kind, String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        return switch (kind) {
            case VEHICLE -> text.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
            case PHONE -> text.replaceAll("[^0-9]", "");
            default -> text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        };
    }
}
