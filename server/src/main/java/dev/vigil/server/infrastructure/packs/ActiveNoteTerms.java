package dev.vigil.server.infrastructure.packs;

import dev.vigil.server.application.observation.NoteLinterSource;
import dev.vigil.server.domain.service.NoteLinter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;

/** Adapter that holds the note linter's word lists: the bundled ones, or the file named by {@code vigil.packs.note-terms}. */
@ApplicationScoped
public class ActiveNoteTerms implements NoteLinterSource {

    @Inject Config config;

    private volatile NoteLinter linter;

    public NoteLinter load() {
        NoteTermsLoader loader = new NoteTermsLoader();
        var location = config.getOptionalValue("vigil.packs.note-terms", String.class).filter(s -> !s.isBlank());
        try (InputStream in = location.isPresent() ? Files.newInputStream(Path.of(location.get()))
                : getClass().getClassLoader().getResourceAsStream(NoteTermsLoader.BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled note terms are missing: " + NoteTermsLoader.BUNDLED);
            }
            linter = loader.load(location.orElse("classpath:" + NoteTermsLoader.BUNDLED), in);
            return linter;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the note terms", e);
        }
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
