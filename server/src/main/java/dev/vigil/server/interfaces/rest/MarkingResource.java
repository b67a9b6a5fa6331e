package dev.vigil.server.interfaces.rest;

import dev.vigil.server.application.casefile.MarkCommand;
import dev.vigil.server.application.casefile.MarkingService;
import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.domain.model.casefile.SubjectMarking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Exclusions and exemptions: security takes a subject key out of correlation (a corporate card, the
 * hotel's shuttle) or exempts it from rules (an approved hospitality suite, a registered group block).
 */
@Tag(name = "Exclusions")
@Path("exclusions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MarkingResource {

    @Inject MarkingService markings;
    @Inject CurrentCaller caller;
    @Context UriInfo uri;

    /** The subject to mark: its type, and its token or its raw value. */
    public record SubjectRef(@Schema(required = true, description = "ROOM_STAY, GUEST, PERSON, PAYER, PHONE, VEHICLE, VISITOR or VENDOR") String type,
                             @Schema(description = "the token as cases show it (a stay id for ROOM_STAY)") String token,
                             @Schema(description = "or the identifier itself; pseudonymised at once, never stored") String value) {
    }

    /** A marking as requested. */
    public record MarkRequest(String propertyId, @Schema(required = true) SubjectRef subject,
                              @Schema(description = "EXCLUDED (default), HOSPITALITY_SUITE or GROUP_BLOCK") String marker,
                              @Schema(required = true, maxLength = 1000) String reason) {
    }

    /** A lifting as requested. */
    public record LiftRequest(@Schema(required = true, maxLength = 1000) String reason) {
    }

    /** A marking as shown; {@code scope} is PROPERTY (its propertyId only) or TENANT (every property, an administrator's act). */
    @Schema(name = "Marking")
    public record Marking(String id, String propertyId,
                          @Schema(enumeration = {"PROPERTY", "TENANT"}) String scope, String type, String value, String marker, String reason,
                          String createdBy, @Schema(type = SchemaType.STRING, format = "date-time") Instant createdAt,
                          boolean active, String liftedBy,
                          @Schema(type = SchemaType.STRING, format = "date-time") Instant liftedAt, String liftReason) {
        static Marking of(SubjectMarking m) {
            return new Marking(m.id(), m.propertyId().orElse(null), m.propertyId().isPresent() ? "PROPERTY" : "TENANT",
                    m.key().type().name(), m.key().value(), m.marker().name(),
                    m.reason(), m.createdBy(), m.createdAt(), m.active(), m.liftedBy().orElse(null),
                    m.liftedAt().orElse(null), m.liftReason().orElse(null));
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({AppRole.SECURITY, AppRole.MANAGER, AppRole.ADMIN})
    @Operation(operationId = "markSubject", summary = "Exclude or exempt a subject", description = "From the next filing on, an excluded key links "
            + "nothing and is not evaluated; an exemption switches off the rules that name it. A marking applies to one "
            + "property (the caller's, or propertyId); without a property, an administrator marks for every property of "
            + "the tenant. Audited.")
    @APIResponse(responseCode = "201", description = "Marked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Marking")))
    @APIResponse(responseCode = "400", description = "A bad field, named in errors[]")
    @APIResponse(responseCode = "409", description = "Already marked so")
    @APIResponse(responseCode = "403", description = "Only security, managers and administrators manage exclusions")
    public Response mark(MarkRequest request) {
        MarkRequest r = request == null ? new MarkRequest(null, null, null, null) : request;
        SubjectRef s = r.subject() == null ? new SubjectRef(null, null, null) : r.subject();
        SubjectMarking m = markings.mark(caller.get(), new MarkCommand(r.propertyId(), s.type(), s.token(), s.value(),
                r.marker(), r.reason()));
        return Response.created(uri.getAbsolutePathBuilder().path(m.id()).build()).entity(Marking.of(m)).build();
    }

    @GET
    @Allowed({AppRole.SECURITY, AppRole.MANAGER, AppRole.ADMIN})
    @Operation(operationId = "listMarkings", summary = "Active exclusions and exemptions", description = "Those of the caller's property and the "
            + "tenant-wide ones, each with who made it; an administrator sees every property's. Audited.")
    @APIResponse(responseCode = "200", description = "The active markings")
    @APIResponse(responseCode = "403", description = "Only security, managers and administrators manage exclusions")
    public List<Marking> list() {
        return markings.active(caller.get()).stream().map(Marking::of).toList();
    }

    @POST
    @Path("{id}/lift")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({AppRole.SECURITY, AppRole.MANAGER, AppRole.ADMIN})
    @Operation(operationId = "liftMarking", summary = "Lift an exclusion or exemption", description = "The key links and is evaluated again from the next filing on. Audited.")
    @APIResponse(responseCode = "200", description = "Lifted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Marking")))
    @APIResponse(responseCode = "403", description = "A tenant-wide marking, which only an administrator lifts")
    @APIResponse(responseCode = "404", description = "No such marking that you may see")
    @APIResponse(responseCode = "409", description = "Already lifted")
    public Marking lift(@PathParam("id") String id, LiftRequest request) {
        return Marking.of(markings.lift(caller.get(), id, request == null ? null : request.reason()));
    }
}
