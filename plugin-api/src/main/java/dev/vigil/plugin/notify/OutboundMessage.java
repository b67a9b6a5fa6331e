package dev.vigil.plugin.notify;

import java.time.Instant;
import java.util.Objects;

/**
 * One notification to one recipient. Every field is safe to show to the recipient: a case id, the
 * property, the severity, what is asked and by when; never a guest's name, room key, card, phone or
 * plate.
 *
 * @param id stable across retries of this notification; receivers use it to ignore duplicates
 * @param recipient the part of the route after the scheme: an address, a number, a webhook name
 * @param event what happened, e.g. {@code case.actions_required} or {@code case.action_overdue}
 * @param subject a one-line summary, e.g. for an e-mail subject
 * @param text a short plain-text body that fits an SMS or a pager
 * @param json the same facts as a JSON object, for machine receivers
 * @param createdAt when the notification was written to the outbox
 */
public record OutboundMessage(String id, String recipient, String event, String subject, String text, String json,
                              Instant createdAt) {

    /** Checks that nothing is missing. */
    public OutboundMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
