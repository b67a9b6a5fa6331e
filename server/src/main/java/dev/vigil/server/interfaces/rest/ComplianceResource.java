package dev.vigil.server.interfaces.rest;

import dev.vigil.server.application.compliance.ComplianceService;
import dev.vigil.server.application.compliance.ComplianceSummary;
import dev.vigil.server.application.compliance.RecordNoticeCheckCommand;
import dev.vigil.server.application.compliance.RecordTrainingCommand;
import dev.vigil.server.application.compliance.RegistrationCommand;
import dev.vigil.server.application.shared.AppRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
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

/**
 * Compliance evidence of a property: staff training and certification, checks of the posted
 * notices, the operator's registration data, and the summary against the protocol as JSON or PDF.
 */
@Tag(name = "Compliance")
@Path("compliance")
@RequestScoped
public class ComplianceResource {

    @Inject ComplianceService compliance;
    @Inject CurrentCaller caller;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Exports.PDF})
    @Allowed({AppRole.MANAGER, AppRole.ADMIN, AppRole.SECURITY})
    @Operation(operationId = "readComplianceSummary", summary = "A property's compliance summary", description = "Training and yearly certification per employee "
            + "(who is due or overdue), the required notices and their last checks, the registration data and what is "
            + "missing, the retention periods and commercial rules in force; every duty with its source and status. "
            + "Accept: application/json (default) or application/pdf. Audited. Compliance never gates a report.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplianceSummary.class)),
                    @Content(mediaType = Exports.PDF)})
    @APIResponse(responseCode = "400", description = "propertyId missing (tenant-wide callers) or unknown to you")
    @APIResponse(responseCode = "403", description = "Staff and integrations do not read compliance evidence")
    @APIResponse(responseCode = "406", description = "Neither JSON nor PDF is acceptable")
    public Response summary(@Parameter(description = "property (default: yours)") @QueryParam("propertyId") String propertyId,
                            @Context HttpHeaders headers) {
        if (Exports.wantsPdf(headers)) {
            return Exports.pdf(compliance.summaryPdf(caller.get(), propertyId), "compliance-" + safe(propertyId) + ".pdf", null);
        }
        return Exports.json(compliance.summary(caller.get(), propertyId), null);
    }

    @POST
    @Path("training")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({AppRole.MANAGER, AppRole.ADMIN})
    @Operation(operationId = "recordTraining", summary = "Record a training entry", description = "An employee's hire (employeeRef, hireDate), and either "
            + "the training received (trainingDate, provider and topics together) or nothing more, so that someone not yet "
            + "trained shows as due; certifiedOn records the operator's certification in the personnel file. Answers where "
            + "the employee now stands. Every bad field is named; nothing is stored then. Audited.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ComplianceService.TrainingRecorded.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in errors[]")
    @APIResponse(responseCode = "403", description = "Only managers and admins record")
    public Response recordTraining(RecordTrainingCommand body) {
        RecordTrainingCommand command = body == null ? new RecordTrainingCommand(null, null, null, null, null, null, null, null) : body;
        return Response.status(Response.Status.CREATED).entity(compliance.recordTraining(caller.get(), command)).build();
    }

    @POST
    @Path("notices")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({AppRole.MANAGER, AppRole.ADMIN})
    @Operation(operationId = "recordNoticeCheck", summary = "Record a notice check", description = "noticeId (a notice of the property's protocol), location, "
            + "checkedAt (ISO-8601 with offset) and posted (true or false). Answers where the notice now stands. Audited.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ComplianceService.NoticeCheckRecorded.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in errors[]")
    @APIResponse(responseCode = "403", description = "Only managers and admins record")
    public Response recordNoticeCheck(RecordNoticeCheckCommand body) {
        RecordNoticeCheckCommand command = body == null ? new RecordNoticeCheckCommand(null, null, null, null, null) : body;
        return Response.status(Response.Status.CREATED).entity(compliance.recordNoticeCheck(caller.get(), command)).build();
    }

    @PUT
    @Path("registration")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({AppRole.MANAGER, AppRole.ADMIN})
    @Operation(operationId = "setRegistration", summary = "Set the registration data", description = "Replaces the property's registration data: operator "
            + "(name, address, phone or email), contactPerson (name, phone or email), propertyAddress, and once registered "
            + "registeredOn and registrationNumber. Answers the registration part of the summary. Audited.")
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ComplianceSummary.RegistrationPart.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in errors[]")
    @APIResponse(responseCode = "403", description = "Only managers and admins record")
    public ComplianceSummary.RegistrationPart setRegistration(RegistrationCommand body) {
        RegistrationCommand command = body == null ? new RegistrationCommand(null, null, null, null, null, null) : body;
        return compliance.setRegistration(caller.get(), command);
    }

    /** The property id for a file name; the use case has already refused anything unknown. */
    private String safe(String propertyId) {
        return propertyId == null || propertyId.isBlank() ? caller.get().boundProperty().map(Object::toString).orElse("property")
                : propertyId.trim().replaceAll("[^a-z0-9-]", "");
    }
}
