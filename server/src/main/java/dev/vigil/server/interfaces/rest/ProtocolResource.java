package dev.vigil.server.interfaces.rest;

import dev.vigil.server.application.protocol.ProtocolQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The reporting protocol a property follows, with its numbers, each value with its source and status. */
@Tag(name = "Protocol")
@Path("protocol")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProtocolResource {

    @Inject ProtocolQuery protocols;
    @Inject CurrentCaller caller;

    @GET
    @Allowed
    @Operation(operationId = "readProtocol", summary = "The active protocol", description = "The reporting protocol of a property (default: yours): "
            + "channels and numbers, the actions of each severity with deadlines and escalation, prohibited actions, "
            + "retention, training, notices, registration; every value with its source and whether it is sourced, "
            + "inferred or assumed.")
    @APIResponse(responseCode = "200", description = "The protocol document")
    @APIResponse(responseCode = "400", description = "Unknown property")
    public Response protocol(@QueryParam("propertyId") String propertyId) {
        return Response.ok(protocols.document(caller.get(), propertyId), MediaType.APPLICATION_JSON).build();
    }
}
