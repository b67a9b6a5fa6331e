package dev.vigil.server.interfaces.rest;

import dev.vigil.server.application.retention.RetentionPurge;
import dev.vigil.server.application.retention.RetentionReport;
import dev.vigil.server.application.shared.AppRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The retention purge on demand, for administrators; it also runs every night at 03:17 server time. */
@Tag(name = "Administration")
@Path("admin/retention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @Inject RetentionPurge purge;
    @Inject CurrentCaller caller;

    @POST
    @Path("run")
    @Allowed(AppRole.ADMIN)
    @Operation(operationId = "runRetention", summary = "Run the retention purge now", description = "For each property of your tenant, deletes what its "
            + "protocol's retention lets go: closed and dismissed cases after the cases period (with what was merged into "
            + "them), observations in no case after the observation period, stay context after the guest-record floor once "
            + "no observation needs it. Returns counts and the cut-off times; audited by kind and count.")
    @APIResponse(responseCode = "200", description = "What was deleted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetentionReport.class)))
    @APIResponse(responseCode = "403", description = "Administrators only")
    public RetentionReport run() {
        return purge.runFor(caller.get());
    }
}
