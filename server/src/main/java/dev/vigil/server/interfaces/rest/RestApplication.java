package dev.vigil.server.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API v1 under {@code /api/v1}. */
@ApplicationScoped
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Vigil API", version = "1",
                description = "File observations of human-trafficking indicators from the hotel checklist, "
                        + "review the patterns they form, and act under the reporting protocol. "
                        + "Errors are application/problem+json (RFC 9457).",
                license = @License(name = "Apache-2.0")),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")},
        tags = {
            @Tag(name = "Checklist", description = "The indicator checklist in the reader's language"),
            @Tag(name = "Observations", description = "Filing observations and reading one back"),
            @Tag(name = "Cases", description = "The security review: the case queue, a case, decisions, protocol steps, "
                    + "the report packet and the reporter audit"),
            @Tag(name = "Exclusions", description = "Subjects excluded from linking, and exemptions"),
            @Tag(name = "Protocol", description = "The reporting protocol in force"),
            @Tag(name = "Compliance", description = "Training, notices and registration evidence"),
            @Tag(name = "Properties", description = "The property view: heat map and time to act"),
            @Tag(name = "Accounts", description = "Vigil's own user accounts"),
            @Tag(name = "Me", description = "The signed-in person and their preferences"),
            @Tag(name = "Administration", description = "The notification outbox, retention, rule-pack simulation, keys and the audit chain"),
            @Tag(name = "Connectors", description = "Webhook deliveries from a property-management system"),
            @Tag(name = "Servers", description = "Which server of a cluster answered, and the versions it runs")})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "Vigil's own users (the demo users in demo mode)")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Tokens from the chain's identity provider: upn, groups, tenant, property, reporter_roles")
public class RestApplication extends Application {

    /** No generated WADL: the contract is {@code /openapi}, and the API lists its resources to no one else. */
    @Override
    public java.util.Map<String, Object> getProperties() {
        return java.util.Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
