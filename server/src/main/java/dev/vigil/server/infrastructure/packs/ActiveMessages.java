package dev.vigil.server.infrastructure.packs;

import dev.vigil.server.application.shared.MessagesSource;
import dev.vigil.server.domain.model.text.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/** Adapter that holds the messages pack: the bundled one, or the file named by {@code vigil.packs.messages}. */
@ApplicationScoped
public class ActiveMessages implements MessagesSource {

    @Inject Config config;

    private volatile Messages messages;

    /** Loads and checks the pack; throws {@link PackValidationException} naming every problem. */
    public Messages load() {
        messages = PackFiles.load(config.getOptionalValue("vigil.packs.messages", String.class), MessagesLoader.BUNDLED,
                new MessagesLoader()::load);
        return messages;
    }

    @Override
    public Messages messages() {
        Messages current = messages;
        if (current == null) {
            throw new IllegalStateException("the messages are not loaded yet");
        }
        return current;
    }
}
