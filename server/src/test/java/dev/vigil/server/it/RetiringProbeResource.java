package dev.vigil.server.it;

import dev.vigil.server.interfaces.rest.Allowed;
import dev.vigil.server.interfaces.rest.ApiDeprecation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A deprecated operation that exists only in ObservationApiIT's deployment: Vigil has none today, and
 * the headers that announce one must be seen on the wire before the day one is needed.
 */
@Path("it-probe/retiring")
@RequestScoped
public class RetiringProbeResource {

    @GET
    @Operation(operationId = "readRetiringProbe", summary = "A deprecated operation of the tests", deprecated = true)
    @ApiDeprecation(since = "2026-12-01", sunset = "2027-12-01", link = "https://vigil.example/docs/api.md#versions-and-deprecation")
    @Allowed
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> read() {
        return Map.of("still", "served");
    }
}
