package dev.vigil.server.interfaces.rest;

import dev.vigil.server.application.insight.Heatmap;
import dev.vigil.server.application.insight.PropertyInsightService;
import dev.vigil.server.application.insight.TimeToAct;
import dev.vigil.server.application.shared.AppRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The property view: where observations and open cases gather, and how long cases wait for people to act. */
@Tag(name = "Properties")
@Path("properties/{propertyId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PropertyViewResource {

    @Inject PropertyInsightService insights;
    @Inject CurrentCaller caller;

    @GET
    @Path("heatmap")
    @Allowed({AppRole.SECURITY, AppRole.MANAGER})
    @Operation(operationId = "readHeatmap", summary = "Observations and open cases by room, floor and area", description = "Observations observed "
            + "in [from, to) and cases open then, per room (with the floor its number names) and per area. Audited.")
    @APIResponse(responseCode = "200", description = "The heat map")
    @APIResponse(responseCode = "400", description = "An unknown property or a bad period")
    @APIResponse(responseCode = "403", description = "Only security and managers see the property view")
    public Heatmap heatmap(@PathParam("propertyId") String propertyId,
                           @Parameter(description = "ISO-8601 with offset; default 30 days before to") @QueryParam("from") String from,
                           @Parameter(description = "ISO-8601 with offset; default now") @QueryParam("to") String to) {
        return insights.heatmap(caller.get(), propertyId, from, to);
    }

    @GET
    @Path("time-to-act")
    @Allowed({AppRole.SECURITY, AppRole.MANAGER})
    @Operation(operationId = "readTimeToAct", summary = "Time to first acknowledgement and to decision, per severity", description = "For the cases "
            + "opened in the last `days` days (default 30): each case's minutes, the median and the 90th percentile. Audited.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "403", description = "Only security and managers see the property view")
    public TimeToAct timeToAct(@PathParam("propertyId") String propertyId, @QueryParam("days") Integer days) {
        return insights.timeToAct(caller.get(), propertyId, days);
    }
}
