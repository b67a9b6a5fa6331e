package dev.vigil.server.interfaces.rest;

import dev.vigil.server.application.indicator.Checklist;
import dev.vigil.server.application.indicator.ChecklistQuery;
import dev.vigil.server.application.indicator.ChecklistService;
import dev.vigil.server.domain.model.indicator.Indicator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The checklist in the caller's language. */
@Tag(name = "Checklist")
@Path("indicators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    @Inject ChecklistService checklists;
    @Inject CurrentCaller caller;

    /** The checklist as JSON: pack version, language, category labels, safety guidance, indicators in order. */
    @Schema(name = "IndicatorList")
    public record IndicatorList(String packVersion, String lang, List<CategoryItem> categories,
                                List<ObservationResource.GuidanceItem> guidance, List<IndicatorItem> indicators) {
    }

    /** A category and its label in the language served. */
    @Schema(name = "CategoryItem")
    public record CategoryItem(String id, String label) {
    }

    /** One checklist item in one language. */
    @Schema(name = "IndicatorItem")
    public record IndicatorItem(String code, String category, List<String> roles, boolean minorRelated, int weight,
                                boolean emergency, String text, String help) {
        static IndicatorItem of(Indicator i, String lang) {
            return new IndicatorItem(i.code().value(), i.category(),
                    i.roles().stream().map(Enum::name).sorted().toList(), i.minorRelated(), i.weight(),
                    i.emergency(), i.text().shown(lang), i.help().shown(lang));
        }
    }

    @GET
    @Allowed
    @Operation(operationId = "readChecklist", summary = "The active indicator checklist",
            description = "Texts in the language asked for (lang, else Accept-Language); an unknown language "
                    + "falls back to English, and Content-Language says which was used. role=FD|HK|FB|MNT|VAL|SEC|HR "
                    + "keeps the indicators that role can observe.")
    @APIResponse(responseCode = "200", description = "The checklist",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "IndicatorList")))
    @APIResponse(responseCode = "400", description = "Unknown role")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public Response list(@Parameter(description = "en, es, he, ar, …") @QueryParam("lang") String lang,
                         @Parameter(description = "a staff role code") @QueryParam("role") String role,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String property = caller.get().boundProperty().map(Object::toString).orElse(null);
        Checklist checklist = checklists.checklist(new ChecklistQuery(AcceptLanguage.preferences(lang, acceptLanguage),
                role, property));
        String served = checklist.lang();
        List<IndicatorItem> items = checklist.indicators().stream().map(i -> IndicatorItem.of(i, served)).toList();
        List<CategoryItem> categories = checklist.categories().stream()
                .map(c -> new CategoryItem(c.id(), c.label().shown(served))).toList();
        List<ObservationResource.GuidanceItem> guidance = checklist.guidance().stream()
                .map(g -> new ObservationResource.GuidanceItem(g.key(), g.text())).toList();
        return Response.ok(new IndicatorList(checklist.packVersion(), served, categories, guidance, items))
                .header(HttpHeaders.CONTENT_LANGUAGE, checklist.lang())
                .header("Vary", "Accept-Language")
                .build();
    }

}
