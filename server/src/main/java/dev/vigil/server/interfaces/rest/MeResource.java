package dev.vigil.server.interfaces.rest;

import dev.vigil.server.application.account.PreferenceService;
import dev.vigil.server.application.account.Preferences;
import dev.vigil.server.application.account.ProfileService;
import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.domain.model.indicator.StaffRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The signed-in person: who they are, what the pages remember for them, and the numbers to call. */
@Tag(name = "Me")
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject ProfileService profiles;
    @Inject PreferenceService preferences;
    @Inject CurrentCaller caller;

    /** The emergency number, the hotline and the hotline's text number of the person's property. */
    public record Numbers(String emergency, String hotline, String hotlineSms) {
    }

    /** Who is signed in. {@code reporterRoles} come in checklist order (FD, HK, FB, MNT, VAL, SEC, HR). */
    public record Me(String name, List<String> roles, String tenant, String propertyId, String propertyName,
                     List<String> reporterRoles, boolean mandatedReporter, String lang, boolean discreet, Numbers numbers) {
    }

    /** Preferences as sent; a part left out stays as it is. */
    public record PreferenceChange(String lang, Boolean discreet) {
    }

    @GET
    @Allowed
    @Operation(operationId = "readMe", summary = "The signed-in person", description = "Name, roles, tenant and property, the staff roles they file in, "
            + "their remembered language and discreet mode, and the reporting numbers of their property.")
    @APIResponse(responseCode = "200", description = "Who is signed in")
    public Me me() {
        ProfileService.Profile p = profiles.of(caller.get());
        Caller c = p.caller();
        return new Me(c.name(), Arrays.stream(AppRole.values()).filter(c::has).map(AppRole::roleName).toList(),
                c.tenant().value(), c.boundProperty().map(Object::toString).orElse(null), p.propertyName(),
                Arrays.stream(StaffRole.values()).filter(c.reporterRoles()::contains).map(Enum::name).toList(),
                c.mandatedReporter(), p.preferences().lang(), p.preferences().discreet(),
                new Numbers(p.numbers().emergency(), p.numbers().hotline(), p.numbers().hotlineSms()));
    }

    @PUT
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed
    @Operation(operationId = "changePreferences", summary = "Remember the language or discreet mode", description = "lang: a two- or three-letter code; "
            + "discreet: true or false. Parts left out stay as they are.")
    @APIResponse(responseCode = "200", description = "The preferences now")
    @APIResponse(responseCode = "400", description = "A malformed language code")
    public Preferences change(PreferenceChange change) {
        PreferenceChange c = change == null ? new PreferenceChange(null, null) : change;
        return preferences.change(caller.get(), c.lang(), c.discreet());
    }
}
