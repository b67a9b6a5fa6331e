package dev.vigil.server.infrastructure.crypto;

import dev.vigil.plugin.subject.SubjectKind;
import dev.vigil.server.domain.model.ids.IdentifierText;
import java.util.Locale;

/**
 * Puts raw identifiers in one canonical form before hashing ({@link IdentifierText}: NFKC, no invisible
 * or direction characters), and then per kind, so that "ab-123 c" and "AB123C"
 * give the same vehicle token and "+1 (860) 555-0100" and "18605550100" the same phone token.
 */
final class IdentifierNormalizer {

    private IdentifierNormalizer() {
    }

    static String normalize(SubjectKind kind, String raw) {
        String text = IdentifierText.normalize(raw);
        return switch (kind) {
            case VEHICLE -> text.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
            case PHONE -> text.replaceAll("[^0-9]", "");
            default -> text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        };
    }
}
