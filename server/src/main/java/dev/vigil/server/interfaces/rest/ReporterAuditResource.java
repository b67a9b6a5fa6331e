package dev.vigil.server.interfaces.rest;

import dev.vigil.server.application.casefile.ReporterAudit;
import dev.vigil.server.application.casefile.ReporterAuditService;
import dev.vigil.server.application.shared.AppRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The reporter audit: corroboration and flagged notes per reporter. */
@Tag(name = "Cases")
@Path("reporters/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReporterAuditResource {

    @Inject ReporterAuditService audits;
    @Inject CurrentCaller caller;

    @GET
    @Allowed({AppRole.SECURITY, AppRole.MANAGER})
    @Operation(operationId = "readReporterAudit", summary = "Reporter audit", description = "Per reporter, over a period (default the last 30 days): "
            + "observations filed, how many another staff member corroborated (a shared subject within 72 hours), how "
            + "many notes were flagged for describing a person. Lowest corroboration first. Audited.")
    @APIResponse(responseCode = "200", description = "The audit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReporterAudit.class)))
    @APIResponse(responseCode = "403", description = "Only security and managers see the reporter audit")
    public ReporterAudit audit(@QueryParam("propertyId") String propertyId, @QueryParam("from") String from,
                               @QueryParam("to") String to) {
        return audits.audit(caller.get(), propertyId, from, to);
    }
}
