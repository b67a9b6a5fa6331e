package dev.vigil.server.application.connector;

import dev.vigil.plugin.stay.StayContext;
import java.util.Optional;

/**
 * An observation's stay as its PMS knows it, for reading back: whether it is linked, pending or not
 * found, and the stay context (tokens only) when linked.
 *
 * @param state {@code LINKED}, {@code PENDING} or {@code NOT_FOUND}
 * @param stay the stay context, when linked and stored
 * @param removed whether the PMS has since deleted the reservation
 */
public record PmsStayView(PmsLinks.State state, Optional<StayContext> stay, boolean removed) {
}
