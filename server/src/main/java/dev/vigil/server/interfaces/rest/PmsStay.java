package dev.vigil.server.interfaces.rest;

import dev.vigil.plugin.stay.StayContext;
import dev.vigil.server.application.connector.PmsStayView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The stay as the property's PMS knows it, in an observation read back: {@code state} says whether the
 * observation is {@code LINKED} to it, {@code PENDING} (the PMS did not answer yet; the retry job asks
 * again) or {@code NOT_FOUND}. People, groups and payment instruments appear as tokens only.
 */
@Schema(name = "PmsStay")
public record PmsStay(String state, String system, String reservationRef, String confirmationNumber, String status,
                      String room, @Schema(type = SchemaType.STRING, format = "date") LocalDate arrival,
                      @Schema(type = SchemaType.STRING, format = "date") LocalDate departure,
                      @Schema(type = SchemaType.STRING, format = "date-time") Instant checkedInAt,
                      @Schema(type = SchemaType.STRING, format = "date-time") Instant checkedOutAt,
                      Integer adults, Integer children, List<Integer> childAges, String channel, String channelKind,
                      String groupToken, String guestToken, List<String> companionTokens, String bookerToken,
                      String payerToken, String paymentMethod,
                      @Schema(type = SchemaType.STRING, format = "date-time") Instant updatedAt, boolean removed) {

    static PmsStay of(PmsStayView view) {
        if (view.stay().isEmpty()) {
            return new PmsStay(view.state().name(), null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, view.removed());
        }
        StayContext s = view.stay().get();
        return new PmsStay(view.state().name(), s.system(), s.reservationRef(), s.confirmationNumber(), s.status().name(),
                s.room(), s.arrival(), s.departure(), s.checkedInAt(), s.checkedOutAt(), s.adults(), s.children(),
                s.childAges(), s.channel(), s.channelKind().name(), s.groupToken(), s.guestToken(), s.companionTokens(),
                s.bookerToken(), s.payerToken(), s.paymentMethod().name(), s.updatedAt(), view.removed());
    }
}
