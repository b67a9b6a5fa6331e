package dev.vigil.server.interfaces.rest;

import dev.vigil.server.application.pattern.RuleSimulationService;
import dev.vigil.server.application.pattern.SimulationCommand;
import dev.vigil.server.application.pattern.SimulationResult;
import dev.vigil.server.application.shared.AppRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Rule packs for administrators: try a pack on past observations before enabling it. */
@Tag(name = "Administration")
@Path("admin/rule-packs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RulePackResource {

    @Inject RuleSimulationService simulations;
    @Inject CurrentCaller caller;

    /** What to simulate. */
    public record SimulationRequest(@Schema(required = true, description = "the rule pack, as YAML text") String pack,
                                    @Schema(required = true, example = "2026-10-01T00:00:00Z") String from,
                                    @Schema(required = true, example = "2026-11-01T00:00:00Z") String to,
                                    @Schema(description = "one property; default all of the tenant's") String propertyId) {
    }

    @POST
    @Path("simulate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(AppRole.ADMIN)
    @Operation(operationId = "simulateRulePack", summary = "Simulate a rule pack", description = "Checks the pack as startup would (schema, codes, fixtures), "
            + "replays the stored observations of the period through it in memory and returns, per rule, how many cases "
            + "of each severity it would have produced. Writes nothing but an audit entry.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SimulationResult.class)))
    @APIResponse(responseCode = "400", description = "A bad period, or the pack's problems, each in errors[] under 'pack'")
    @APIResponse(responseCode = "403", description = "Administrators only")
    public SimulationResult simulate(SimulationRequest request) {
        SimulationRequest r = request == null ? new SimulationRequest(null, null, null, null) : request;
        return simulations.simulate(caller.get(), new SimulationCommand(r.pack(), r.from(), r.to(), r.propertyId()));
    }
}
