package dev.vigil.server.interfaces.rest;

import dev.vigil.server.application.observation.NoteLintService;
import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.domain.service.NoteLinter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The note linter, before sending: what in a note describes who someone is rather than what they did. */
@Tag(name = "Observations")
@Path("notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NoteResource {

    @Inject NoteLintService linter;

    /** A note to check. */
    public record LintRequest(@Schema(maxLength = 2000) String note) {
    }

    /** The reminders, in the language named. */
    public record LintResult(String lang, List<NoteLinter.Warning> warnings) {
    }

    @POST
    @Path("lint")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({AppRole.STAFF, AppRole.SECURITY, AppRole.MANAGER, AppRole.INTEGRATION})
    @Operation(operationId = "lintNote", summary = "Check a note before filing", description = "The same reminders a filing's warnings would carry "
            + "(NOTE_DESCRIBES_NATIONALITY, …), in the language asked for (lang, else Accept-Language). Nothing is stored.")
    @APIResponse(responseCode = "200", description = "The reminders; an empty list when the note is fine")
    @APIResponse(responseCode = "400", description = "A note over 2,000 characters")
    @APIResponse(responseCode = "403", description = "Only staff, security, managers and integrations file notes")
    public Response lint(LintRequest request, @QueryParam("lang") String lang,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        NoteLintService.Lint lint = linter.lint(request == null ? null : request.note(),
                AcceptLanguage.preferences(lang, acceptLanguage));
        return Response.ok(new LintResult(lint.lang(), lint.warnings())).header(HttpHeaders.CONTENT_LANGUAGE, lint.lang()).build();
    }
}
