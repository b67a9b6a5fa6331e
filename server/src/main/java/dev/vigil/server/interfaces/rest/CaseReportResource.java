package dev.vigil.server.interfaces.rest;

import dev.vigil.server.application.report.CaseReport;
import dev.vigil.server.application.report.CaseReportService;
import dev.vigil.server.application.shared.AppRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A case's report packet for the hotline or the police, as JSON or PDF. Staff never get here. */
@Tag(name = "Cases")
@Path("cases/{id}/report")
@RequestScoped
public class CaseReportResource {

    @Inject CaseReportService reports;
    @Inject CurrentCaller caller;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Exports.PDF})
    @Allowed({AppRole.SECURITY, AppRole.MANAGER})
    @Operation(operationId = "readCaseReport", summary = "A case's report packet", description = "Facts only: property, times in the property's zone, "
            + "rooms and areas, the checklist wording of what was observed, reporter roles (never names), the protocol's "
            + "steps with when they were due and done, the numbers to call, and the status and source of every protocol "
            + "value. No reservation reference, subject identifier, token, note or rule explanation. Accept: "
            + "application/json (default) or application/pdf. The first export of an OPEN case puts it IN_REVIEW. "
            + "Every export is audited.")
    @APIResponse(responseCode = "200", description = "The packet; Content-Language gives the language of the indicator texts",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseReport.class)),
                    @Content(mediaType = Exports.PDF)})
    @APIResponse(responseCode = "403", description = "Staff and other roles do not see cases")
    @APIResponse(responseCode = "404", description = "No such case that you may see")
    @APIResponse(responseCode = "406", description = "Neither JSON nor PDF is acceptable")
    public Response report(@PathParam("id") String id,
                           @Parameter(description = "language of the indicator texts (the PDF keeps English where its font "
                                   + "cannot set the language)") @QueryParam("lang") String lang,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                           @Context HttpHeaders headers) {
        var languages = AcceptLanguage.preferences(lang, acceptLanguage);
        if (Exports.wantsPdf(headers)) {
            CaseReportService.RenderedReport pdf = reports.pdf(caller.get(), id, languages);
            return Exports.pdf(pdf.document(), "case-" + id + "-report.pdf", pdf.language());
        }
        CaseReport report = reports.report(caller.get(), id, languages);
        return Exports.json(report, report.packet().language());
    }
}
