package dev.vigil.server.application.shared;

import dev.vigil.server.domain.model.text.Messages;

/** Outbound port for the wordings in force: the messages pack (explanations, alerts, the report packet). */
public interface MessagesSource {

    Messages messages();
}
