package dev.vigil.server.interfaces.rest;

import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.CallerDirectory;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;

/**
 * Enforces {@link Allowed}: no credentials is {@code 401}, a role that may not is {@code 403}.
 * Roles come from Vigil's own directory, so they mean the same whatever the container's role mapping.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

    @Context ResourceInfo resource;
    @Inject CallerDirectory callers;
    @Inject CurrentCaller current;

    @Override
    public void filter(ContainerRequestContext request) {
        Allowed allowed = Optional.ofNullable(resource.getResourceMethod().getAnnotation(Allowed.class))
                .orElse(resource.getResourceClass().getAnnotation(Allowed.class));
        if (allowed == null) {
            return;
        }
        Principal principal = request.getSecurityContext().getUserPrincipal();
        Optional<Caller> caller = principal == null ? Optional.empty() : callers.byName(principal.getName());
        if (caller.isEmpty()) {
            request.abortWith(Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED,
                            "Sign in: send HTTP Basic credentials (or a bearer token where configured)."))
                    .header("WWW-Authenticate", "Basic realm=\"Vigil\", charset=\"UTF-8\"").build());
            return;
        }
        AppRole[] roles = allowed.value();
        if (roles.length > 0 && Arrays.stream(roles).noneMatch(caller.get()::has)) {
            request.abortWith(Problem.response(Response.Status.FORBIDDEN,
                    "Your role may not do this. Allowed: " + Arrays.stream(roles).map(AppRole::roleName).toList()));
            return;
        }
        current.set(caller.get());
    }
}
