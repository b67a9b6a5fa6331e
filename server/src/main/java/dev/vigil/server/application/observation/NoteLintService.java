package dev.vigil.server.application.observation;

import dev.vigil.server.application.indicator.IndicatorPackSource;
import dev.vigil.server.application.indicator.LanguageChoice;
import dev.vigil.server.application.shared.InvalidRequestException;
import dev.vigil.server.domain.service.NoteLinter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Use case: the note linter's reminders for a note before it is sent, in the reporter's language,
 * so the filing page can show them while the reporter can still rewrite. Nothing is stored.
 */
@ApplicationScoped
public class NoteLintService {

    static final int MAX_NOTE = 2000;

    @Inject NoteLinterSource linters;
    @Inject IndicatorPackSource packs;

    /** The reminders and the language they are in. */
    public record Lint(String lang, List<NoteLinter.Warning> warnings) {
    }

    public Lint lint(String note, List<String> languages) {
        if (note != null && note.length() > MAX_NOTE) {
            throw new InvalidRequestException("note", "at most " + MAX_NOTE + " characters");
        }
        String lang = LanguageChoice.of(packs.activePack(), languages).lang();
        return new Lint(lang, linters.linter().warnings(note, lang));
    }
}
