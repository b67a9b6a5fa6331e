package dev.vigil.server.interfaces.rest;

import dev.vigil.server.application.casefile.CaseListQuery;
import dev.vigil.server.application.casefile.CaseReviewService;
import dev.vigil.server.application.casefile.DecideCommand;
import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.casefile.CaseQueue;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The security review: the case queue, one case with its explanations, decisions. Staff never get here. */
@Tag(name = "Cases")
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject CaseReviewService review;
    @Inject CurrentCaller caller;

    @GET
    @Allowed({AppRole.SECURITY, AppRole.MANAGER})
    @Operation(operationId = "listCases", summary = "The case queue", description = "Highest severity first, then most recently changed; paged "
            + "with limit (1-200, default 50) and the cursor of the previous page. Closed and merged cases are left out "
            + "unless status asks for them. Every read is audited.")
    @APIResponse(responseCode = "200", description = "A page of cases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CasePage")))
    @APIResponse(responseCode = "400", description = "A bad filter, named in errors[]")
    @APIResponse(responseCode = "403", description = "Staff and other roles do not see cases")
    public CaseDtos.Page queue(@Parameter(description = "property (default: yours)") @QueryParam("propertyId") String propertyId,
                               @Parameter(description = "OPEN, IN_REVIEW, MONITORING, REPORTED, DISMISSED, CLOSED; repeat or comma-separate")
                               @QueryParam("status") List<String> status,
                               @Parameter(description = "WATCH, REVIEW, REPORT or URGENT") @QueryParam("minSeverity") String minSeverity,
                               @Parameter(description = "cases whose subjects include this room") @QueryParam("room") String room,
                               @QueryParam("limit") Integer limit,
                               @QueryParam("cursor") String cursor) {
        CaseQueue queue = review.queue(caller.get(), new CaseListQuery(propertyId, status, minSeverity, room, limit, cursor));
        return new CaseDtos.Page(queue.page().cases().stream().map(c -> CaseDtos.Summary.of(c, queue.stays())).toList(),
                queue.page().nextCursor());
    }

    @GET
    @Path("{id}")
    @Allowed({AppRole.SECURITY, AppRole.MANAGER})
    @Operation(operationId = "readCase", summary = "One case", description = "Subjects (tokens and rooms), severity, score, status, every matched "
            + "rule with its explanation, the contributing observations, the protocol's steps with whom to contact for "
            + "each, decisions and history. Reading never changes the case (POST .../review starts a review). "
            + "Every read is audited.")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseDetail")))
    @APIResponse(responseCode = "404", description = "No such case that you may see")
    @APIResponse(responseCode = "403", description = "Staff and other roles do not see cases")
    public CaseDtos.Detail read(@PathParam("id") String id, @QueryParam("lang") String lang,
                                @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return CaseDtos.Detail.of(review.read(caller.get(), id, AcceptLanguage.preferences(lang, acceptLanguage)));
    }

    @POST
    @Path("{id}/review")
    @Allowed({AppRole.SECURITY, AppRole.MANAGER})
    @Operation(operationId = "startCaseReview", summary = "Start the review", description = "An OPEN case goes IN_REVIEW, with who started it in the "
            + "history; a case past OPEN is left as it is. Audited.")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseDetail")))
    @APIResponse(responseCode = "404", description = "No such case that you may see")
    @APIResponse(responseCode = "409", description = "The case changed at the same moment; read it again")
    @APIResponse(responseCode = "403", description = "Staff and other roles do not see cases")
    public CaseDtos.Detail startReview(@PathParam("id") String id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return CaseDtos.Detail.of(review.startReview(caller.get(), id, AcceptLanguage.preferences(null, acceptLanguage)));
    }

    /** An acknowledgement, optionally with a note. */
    public record AckRequest(@Schema(maxLength = 2000) String note) {
    }

    @POST
    @Path("{id}/actions/{actionId}/ack")
    @Allowed({AppRole.SECURITY, AppRole.MANAGER})
    @Operation(operationId = "acknowledgeAction", summary = "Acknowledge an action", description = "Records who did one of the protocol's steps and when; "
            + "it stops escalating. Audited.")
    @APIResponse(responseCode = "200", description = "The case after the acknowledgement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseDetail")))
    @APIResponse(responseCode = "404", description = "No such case or action that you may see")
    @APIResponse(responseCode = "409", description = "Already acknowledged")
    @APIResponse(responseCode = "403", description = "Staff and other roles do not see cases")
    public CaseDtos.Detail acknowledge(@PathParam("id") String id, @PathParam("actionId") String actionId, AckRequest request,
                                       @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return CaseDtos.Detail.of(review.acknowledge(caller.get(), id, actionId, request == null ? null : request.note(),
                AcceptLanguage.preferences(null, acceptLanguage)));
    }

    @POST
    @Path("{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({AppRole.SECURITY, AppRole.MANAGER})
    @Operation(operationId = "decideCase", summary = "Decide", description = "DISMISS, MONITOR, REPORT, ESCALATE_URGENT (severity becomes URGENT) or "
            + "CLOSE, always with a note. Recorded in the case's history and the audit trail.")
    @APIResponse(responseCode = "200", description = "The case after the decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseDetail")))
    @APIResponse(responseCode = "400", description = "Missing or unknown decision, missing note")
    @APIResponse(responseCode = "404", description = "No such case that you may see")
    @APIResponse(responseCode = "409", description = "The case is closed")
    @APIResponse(responseCode = "403", description = "Staff and other roles do not see cases")
    public CaseDtos.Detail decide(@PathParam("id") String id, CaseDtos.DecisionRequest request,
                                  @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        CaseDtos.DecisionRequest body = request == null ? new CaseDtos.DecisionRequest(null, null) : request;
        return CaseDtos.Detail.of(review.decide(caller.get(), id, new DecideCommand(body.decision(), body.note()),
                AcceptLanguage.preferences(null, acceptLanguage)));
    }
}
