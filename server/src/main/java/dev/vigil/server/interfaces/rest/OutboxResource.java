package dev.vigil.server.interfaces.rest;

import dev.vigil.server.application.notification.OutboxAdministration;
import dev.vigil.server.application.notification.OutboxReport;
import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.domain.model.notification.Notification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The notification outbox for administrators: what went out, what waits, what was given up on. */
@Tag(name = "Administration")
@Path("admin/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    @Inject OutboxAdministration outbox;
    @Inject CurrentCaller caller;

    /** One notification as administrators see it: where it goes and how delivery went, not what it says. */
    @Schema(name = "NotificationLine")
    public record NotificationLine(String id, String caseId, String event, String route, String status, int attempts,
                                   String nextAttemptAt, String lastError, String createdAt, String deliveredAt) {
        static NotificationLine of(Notification n) {
            return new NotificationLine(n.id(), n.caseId().orElse(null), n.event(), n.route().toString(), n.status().name(),
                    n.attempts(), n.nextAttemptAt().map(Object::toString).orElse(null), n.lastError().orElse(null),
                    n.createdAt().toString(), n.deliveredAt().map(Object::toString).orElse(null));
        }
    }

    /** Counts by status and the notifications asked for. */
    @Schema(name = "OutboxPage")
    public record OutboxPage(@Schema(description = "PENDING, SENDING, DELIVERED and DEAD counts") Map<String, Long> counts,
                             List<NotificationLine> notifications) {
    }

    @GET
    @Allowed(AppRole.ADMIN)
    @Operation(operationId = "listNotifications", summary = "The notification outbox", description = "Counts by status and the newest notifications of your "
            + "tenant, optionally of one status: DEAD lists the dead letters, those that failed every retry or could "
            + "never be delivered (an unknown address, a refused credential), with the last error. Audited.")
    @APIResponse(responseCode = "200", description = "The outbox",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OutboxPage")))
    @APIResponse(responseCode = "400", description = "A bad status or limit, named in errors[]")
    @APIResponse(responseCode = "403", description = "Administrators only")
    public OutboxPage list(@Parameter(description = "PENDING, SENDING, DELIVERED or DEAD") @QueryParam("status") String status,
                           @Parameter(description = "1-200, default 50") @QueryParam("limit") Integer limit) {
        OutboxReport report = outbox.list(caller.get(), status, limit);
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        report.counts().forEach((s, n) -> counts.put(s.name(), n));
        return new OutboxPage(counts, report.notifications().stream().map(NotificationLine::of).toList());
    }

    @POST
    @Path("{id}/retry")
    @Allowed(AppRole.ADMIN)
    @Operation(operationId = "retryNotification", summary = "Send a dead letter again", description = "After the route or the receiver is mended: the "
            + "notification waits for the dispatcher again with a fresh retry schedule. Audited.")
    @APIResponse(responseCode = "200", description = "The notification, PENDING again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NotificationLine")))
    @APIResponse(responseCode = "404", description = "No such notification in your tenant")
    @APIResponse(responseCode = "409", description = "Not a dead letter")
    @APIResponse(responseCode = "403", description = "Only administrators see the outbox")
    public NotificationLine retry(@PathParam("id") String id) {
        return NotificationLine.of(outbox.retry(caller.get(), id));
    }
}
