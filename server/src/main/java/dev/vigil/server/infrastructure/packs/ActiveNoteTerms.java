package dev.vigil.server.infrastructure.packs;

import dev.vigil.server.application.observation.NoteLinterSource;
import dev.vigil.server.domain.service.NoteLinter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/** Adapter that holds the note linter's word lists: the bundled ones, or the file named by {@code vigil.packs.note-terms}. */
@ApplicationScoped
public class ActiveNoteTerms implements NoteLinterSource {

    @Inject Config config;

    private volatile NoteLinter linter;

    public NoteLinter load() {
        linter = PackFiles.load(config.getOptionalValue("vigil.packs.note-terms", String.class), NoteTermsLoader.BUNDLED,
                new NoteTermsLoader()::load);
        return linter;
    }

    @Override
    public NoteLinter linter() {
        NoteLinter current = linter;
        if (current == null) {
            throw new IllegalStateException("the note terms are not loaded yet");
        }
        return current;
    }
}
