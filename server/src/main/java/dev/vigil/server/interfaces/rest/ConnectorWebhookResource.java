package dev.vigil.server.interfaces.rest;

import dev.vigil.plugin.connector.WebhookRequest;
import dev.vigil.server.application.connector.WebhookIntake;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Webhook intake of the PMSs. The PMS is no Vigil user: it proves itself with the connection's secret
 * ({@code vigil.connector.<system>.webhook-secret}), in the URL ({@code ?token=}, as Mews and Cloudbeds
 * allow) or as the password of HTTP Basic (as Apaleo recommends). The events are queued and answered at
 * once ({@code 202}), well within Mews's five seconds, and handled in the background.
 */
@Tag(name = "Connectors")
@Path("connectors/{system}/webhook")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConnectorWebhookResource {

    @Inject WebhookIntake intake;

    /** How many events were queued. */
    public record Accepted(int accepted) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "receivePmsWebhook", summary = "Receive a PMS webhook delivery",
            description = "For the PMS, authenticated by the connection's secret (query parameter token, or the "
                    + "password of HTTP Basic). The events (ids only) are queued and handled asynchronously; "
                    + "duplicates and reordering are harmless.")
    @RequestBody(description = "the PMS's own webhook body, as it sends it", content = @Content(mediaType = MediaType.WILDCARD,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "202", description = "Queued")
    @APIResponse(responseCode = "400", description = "Not the PMS's webhook format")
    @APIResponse(responseCode = "401", description = "Secret missing or wrong")
    @APIResponse(responseCode = "404", description = "No property takes webhooks from this PMS")
    public Response receive(@PathParam("system") String system,
                            @Parameter(description = "the connection's webhook secret") @QueryParam("token") String token,
                            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            @Context HttpHeaders headers, byte[] body) {
        String secret = token != null && !token.isBlank() ? token : basicPassword(authorization);
        Map<String, List<String>> forwarded = new LinkedHashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.AUTHORIZATION) && !name.equalsIgnoreCase("Cookie")) {
                forwarded.put(name, values);
            }
        });
        WebhookRequest request = new WebhookRequest(body == null ? new byte[0] : body,
                headers.getMediaType() == null ? null : headers.getMediaType().toString(), forwarded);
        try {
            return Response.accepted(new Accepted(intake.accept(system, secret, request))).build();
        } catch (WebhookIntake.Refused refused) {
            Response.Status status = switch (refused.reason()) {
                case UNKNOWN_SYSTEM -> Response.Status.NOT_FOUND;
                case WRONG_SECRET -> Response.Status.UNAUTHORIZED;
                case BAD_BODY -> Response.Status.BAD_REQUEST;
            };
            return Problem.response(status, refused.getMessage());
        }
    }

    private static String basicPassword(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? null : pair.substring(colon + 1);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
