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

/** The API v1 under {@code /api/v1}. */
@ApplicationScoped
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Vigil API", version = "1",
                description = "File observations of human-trafficking indicators from the hotel checklist, "
                        + "review the patterns they form, and act under the reporting protocol. "
                        + "Errors are application/problem+json (RFC 9457).",
                license = @License(name = "Apache-2.0")),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
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
