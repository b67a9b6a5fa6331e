package dev.vigil.server.interfaces.rest;

import dev.vigil.server.application.privacy.KeyAdministration;
import dev.vigil.server.application.privacy.KeyRotation;
import dev.vigil.server.application.shared.AppRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The tenant's keys: which exist, and rotating one. Never their material. */
@Tag(name = "Administration")
@Path("admin/keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KeyResource {

    @Inject KeyAdministration keys;
    @Inject CurrentCaller caller;

    /** Which family to rotate. */
    public record RotateRequest(@Schema(required = true, enumeration = {"token", "note", "audit"}) String family) {
    }

    @GET
    @Allowed(AppRole.ADMIN)
    @Operation(operationId = "listKeys", summary = "Your tenant's keys", description = "Id, family (token: subject tokens and request fingerprints; "
            + "note; audit; legacy: the tenant secret as used before keys had ids), when made, and which of each family "
            + "makes new values.")
    @APIResponse(responseCode = "200", description = "The keys")
    @APIResponse(responseCode = "403", description = "Administrators only")
    public List<KeyRotation.KeyInfo> list() {
        return keys.list(caller.get());
    }

    @POST
    @Path("rotate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(AppRole.ADMIN)
    @Operation(operationId = "rotateKey", summary = "Rotate a key", description = "A new key of the family makes every new token, note or audit seal "
            + "from now on; the older keys stay, so old notes still open and identifiers already known keep their "
            + "tokens (their key id says which key made them). Audited.")
    @APIResponse(responseCode = "201", description = "The new key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeyRotation.KeyInfo.class)))
    @APIResponse(responseCode = "400", description = "An unknown family")
    @APIResponse(responseCode = "403", description = "Administrators only")
    @APIResponse(responseCode = "409", description = "Another rotation of the same family at the same moment")
    public Response rotate(RotateRequest request) {
        KeyRotation.KeyInfo made = keys.rotate(caller.get(), request == null ? null : request.family());
        return Response.status(Response.Status.CREATED).entity(made).build();
    }
}
