package dev.vigil.server.interfaces.rest;

import dev.vigil.server.application.audit.AuditVerification;
import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.domain.model.audit.ChainVerdict;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The tamper-evident audit trail, checked on demand by administrators. */
@Tag(name = "Administration")
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject AuditVerification verification;
    @Inject CurrentCaller caller;

    /** The outcome: {@code ok}, how many entries hold, and the first broken link with why. */
    public record Verification(String chain, boolean ok, long entries, BrokenLink brokenAt) {
        static Verification of(ChainVerdict v) {
            return new Verification("*".equals(v.chain()) ? "server" : v.chain(), v.intact(), v.entries(),
                    v.intact() ? null : new BrokenLink(v.brokenAt(), v.brokenEntryId(), v.reason()));
        }
    }

    /** The first entry of the chain that does not hold. */
    public record BrokenLink(Long seq, String entryId, String reason) {
    }

    @GET
    @Path("verify")
    @Allowed(AppRole.ADMIN)
    @Operation(operationId = "verifyAuditChain", summary = "Check the audit chain", description = "Every entry of your tenant's audit trail (or of the "
            + "server's own, chain=server: failed sign-ins of user names that exist nowhere) is sealed with the one "
            + "before it. Walks the chain from its first entry to its head and names the first entry that was altered, "
            + "removed or put out of order, or says ok. The check is audited too.")
    @APIResponse(responseCode = "200", description = "The outcome",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Verification.class)))
    @APIResponse(responseCode = "400", description = "An unknown chain")
    @APIResponse(responseCode = "403", description = "Administrators only")
    public Verification verify(@Parameter(description = "tenant (default) or server") @QueryParam("chain") String chain) {
        return Verification.of(verification.verify(caller.get(), chain));
    }
}
