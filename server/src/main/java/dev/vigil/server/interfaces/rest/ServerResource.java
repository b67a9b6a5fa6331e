package dev.vigil.server.interfaces.rest;

import dev.vigil.server.application.monitoring.RunningServer;
import dev.vigil.server.application.shared.JobLeases;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which server answered and what it runs: behind a load balancer, the servers of a cluster side by side. */
@Path("server")
@Tag(name = "Servers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ServerResource {

    @Inject RunningServer running;
    @Inject JobLeases leases;

    /** This server's name (process and host) and the versions it runs. */
    public record ServerInfo(String server, String schema, String indicatorPack, String rulePack) {
    }

    @GET
    @Allowed
    @Operation(operationId = "getServer", summary = "The server that answered", description = "Its name in the cluster (process id and host, as in the "
            + "leases it holds) and the schema, indicator pack and rule pack versions it runs: during a rolling upgrade, "
            + "which servers run what. Reads no case data.")
    @APIResponse(responseCode = "200", description = "The server")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public ServerInfo server() {
        return new ServerInfo(leases.holder(), running.schemaVersion(), running.packVersion(), running.rulesVersion());
    }
}
