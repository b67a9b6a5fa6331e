package dev.vigil.server.interfaces.rest;

import dev.vigil.server.application.observation.FileObservationCommand;
import dev.vigil.server.application.observation.FilingOutcome;
import dev.vigil.server.application.observation.FilingReceipt;
import dev.vigil.server.application.observation.ObservationFilingService;
import dev.vigil.server.application.observation.ObservationQueryService;
import dev.vigil.server.application.observation.ObservationView;
import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.service.ImmediateAction;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Counted;
import org.eclipse.microprofile.metrics.annotation.Metric;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Filing observations and reading one back. */
@Tag(name = "Observations")
@Path("observations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ObservationResource {

    @Inject ObservationFilingService filing;
    @Inject ObservationQueryService queries;
    @Inject CurrentCaller caller;
    @Inject
    @Metric(name = "vigil_observations_stored", absolute = true, description = "Observations stored (replays not counted)")
    Counter stored;
    @Context UriInfo uri;

    /** The filing answer: what to do now, never anything about cases. */
    @Schema(name = "FilingResponse")
    public record FilingResponse(String id, @Schema(type = SchemaType.STRING, format = "date-time") Instant receivedAt,
                                 List<GuidanceItem> guidance,
                                 List<ImmediateAction> immediateActions, List<FilingReceipt.Warning> warnings) {
        static FilingResponse of(FilingReceipt r) {
            return new FilingResponse(r.id(), r.receivedAt(),
                    r.guidance().stream().map(g -> new GuidanceItem(g.key(), g.text())).toList(),
                    r.immediateActions(), r.warnings());
        }
    }

    /** One guidance line. */
    @Schema(name = "GuidanceItem")
    public record GuidanceItem(String key, String text) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({AppRole.STAFF, AppRole.SECURITY, AppRole.MANAGER, AppRole.INTEGRATION})
    @Counted(name = "vigil_observation_requests", absolute = true, description = "Filing requests answered, valid or not")
    @Operation(operationId = "fileObservation", summary = "File an observation",
            description = "Validates everything first (problem+json naming each bad field; nothing stored), "
                    + "pseudonymises subjects, stores the observation in one transaction. With Idempotency-Key "
                    + "(required for integration clients) the same key and body answer 200 with the same body; "
                    + "the same key with another body answers 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "FilingRequest")))
    @APIResponse(responseCode = "201", description = "Filed; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FilingResponse")))
    @APIResponse(responseCode = "200", description = "A repeat of an earlier request with the same Idempotency-Key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FilingResponse")))
    @APIResponse(responseCode = "400", description = "Invalid request; errors[] names each field; nothing was stored")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Role may not file")
    @APIResponse(responseCode = "409", description = "Idempotency-Key reused with another body")
    public Response file(String body,
                         @Parameter(description = "client-chosen key making retries safe")
                         @HeaderParam("Idempotency-Key") String idempotencyKey,
                         @Parameter(description = "language of the guidance") @QueryParam("lang") String lang,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        FileObservationCommand command = new ObservationRequestReader()
                .read(body, caller.get(), idempotencyKey, AcceptLanguage.preferences(lang, acceptLanguage));
        FilingOutcome outcome = filing.file(command);
        if (!outcome.replayed()) {
            stored.inc();
        }
        FilingResponse response = FilingResponse.of(outcome.receipt());
        URI location = uri.getBaseUriBuilder().path("observations").path(response.id()).build();
        return (outcome.replayed() ? Response.ok(response) : Response.created(location).entity(response))
                .location(location)
                .header(HttpHeaders.CONTENT_LANGUAGE, outcome.receipt().lang())
                .header("Vary", "Accept-Language")
                .build();
    }

    /** An observation as security reads it: tokens, never raw identifiers. */
    @Schema(name = "ObservationDetail")
    public record ObservationDetail(String id, String propertyId, String observedAt,
                                    @Schema(type = SchemaType.STRING, format = "date-time") Instant receivedAt,
                                    Reporter reporter, Location location, String reservationRef, StayContext stay,
                                    List<String> indicators, List<Subject> subjects, String note) {
        static ObservationDetail of(ObservationView view) {
            Observation o = view.observation();
            return new ObservationDetail(o.id().value(), o.property().value(), o.observedAt().toString(),
                    o.receivedAt(), new Reporter(o.reporter().staffId(), o.reporter().role().name(), o.reporter().filedBy()),
                    new Location(o.location().room().orElse(null), o.location().area().orElse(null)),
                    o.reservationRef().orElse(null), view.stay().map(s -> StayContext.of(s, view.pms())).orElse(null),
                    o.indicators().stream().map(Object::toString).toList(),
                    o.subjects().stream().map(s -> new Subject(s.kind().jsonName(), s.token()))
                            .sorted(java.util.Comparator.comparing(Subject::kind)).toList(),
                    view.note());
        }
    }

    /**
     * The stay the observation joined: room, reservation, the span over which it was observed and, where
     * the property has a PMS connector, the stay as the PMS knows it.
     */
    @Schema(name = "StayContext")
    public record StayContext(String id, String room, String reservationRef,
                              @Schema(type = SchemaType.STRING, format = "date-time") Instant firstObservedAt,
                              @Schema(type = SchemaType.STRING, format = "date-time") Instant lastObservedAt,
                              PmsStay pms) {
        static StayContext of(dev.vigil.server.domain.model.stay.Stay stay,
                              java.util.Optional<dev.vigil.server.application.connector.PmsStayView> pms) {
            return new StayContext(stay.id().value(), stay.room().orElse(null), stay.reservationRef().orElse(null),
                    stay.firstSeenAt(), stay.lastSeenAt(), pms.map(PmsStay::of).orElse(null));
        }
    }

    /** Who filed. */
    @Schema(name = "ObservationReporter")
    public record Reporter(String id, String role, String filedBy) {
    }

    /** Where. */
    @Schema(name = "ObservationLocation")
    public record Location(String room, String area) {
    }

    /** A pseudonymised subject. */
    @Schema(name = "ObservationSubject")
    public record Subject(String kind, String token) {
    }

    @GET
    @Path("{id}")
    @Allowed({AppRole.SECURITY, AppRole.MANAGER, AppRole.STAFF})
    @Operation(operationId = "readObservation", summary = "Read one observation",
            description = "For security and managers of its property, and for the staff member who filed it. "
                    + "Subjects appear as tokens. Every read is audited.")
    @APIResponse(responseCode = "200", description = "The observation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ObservationDetail")))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Role may not read observations")
    @APIResponse(responseCode = "404", description = "No such observation that you may see")
    public ObservationDetail read(@PathParam("id") String id) {
        return ObservationDetail.of(queries.read(caller.get(), id));
    }
}
