package dev.vigil.server.interfaces.rest;

import dev.vigil.server.application.shared.ConflictException;
import dev.vigil.server.application.shared.ForbiddenException;
import dev.vigil.server.application.shared.InvalidRequestException;
import dev.vigil.server.application.shared.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Maps every failure to problem+json; nothing internal (stack traces, SQL, request bodies) leaks. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    /**
     * Use-case outcomes become their status, even when an interceptor wrapped them; anything else
     * is logged (never the request) and answered 500.
     */
    @Provider
    public static class UseCaseFailure implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(UseCaseFailure.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof InvalidRequestException invalid) {
                    return Problem.invalid(invalid.errors());
                }
                if (t instanceof ConflictException) {
                    return Problem.response(Response.Status.CONFLICT, t.getMessage());
                }
                if (t instanceof NotFoundException) {
                    return Problem.response(Response.Status.NOT_FOUND, t.getMessage());
                }
                if (t instanceof ForbiddenException) {
                    return Problem.response(Response.Status.FORBIDDEN, t.getMessage());
                }
                if (t instanceof WebApplicationException web) {
                    return WebApplication.problem(web);
                }
                if (isConcurrentChange(t)) {
                    return Problem.response(409, "Conflict", "Someone changed this at the same moment. Nothing of "
                            + "yours was stored: read it again and repeat what you meant to do.", null);
                }
                if (t instanceof jakarta.persistence.PessimisticLockException || t instanceof jakarta.persistence.LockTimeoutException) {
                    return Response.fromResponse(Problem.response(503, "Busy", "The record is busy with another change. "
                            + "Nothing of yours was stored: try again in a moment.", null)).header("Retry-After", "1").build();
                }
                if (t instanceof jakarta.json.bind.JsonbException || t instanceof jakarta.json.JsonException) {
                    // the body could not be read into the request's shape; the library's message names classes
                    return Problem.invalid(java.util.List.of(new dev.vigil.server.application.shared.FieldError("body",
                            "malformed JSON, or a field of the wrong type")));
                }
            }
            LOG.log(Level.SEVERE, "request failed: " + e.getClass().getName(), e);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                    "Something went wrong on our side; nothing was stored. Try again, or tell your administrator.");
        }
    }

    /** An optimistic-lock conflict, as JPA or its provider reports it, however deeply the container wrapped it. */
    static boolean isConcurrentChange(Throwable t) {
        return t instanceof jakarta.persistence.OptimisticLockException
                || "org.eclipse.persistence.exceptions.OptimisticLockException".equals(t.getClass().getName());
    }

    private static String parameterName(WebApplicationException e) {
        try {
            Object name = e.getClass().getMethod("getParameterName").invoke(e);
            return name == null ? "parameter" : name.toString();
        } catch (ReflectiveOperationException | RuntimeException notThere) {
            return "parameter";
        }
    }

    /** JAX-RS's own refusals (unknown path, wrong method or media type) in the same format. */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            return problem(e);
        }

        static Response problem(WebApplicationException e) {
            if (e.getClass().getName().endsWith("ParamException")) {
                // a path, query or header parameter of the wrong type (the container's own class, named by its API only)
                return Problem.invalid(java.util.List.of(new dev.vigil.server.application.shared.FieldError(
                        parameterName(e), "has the wrong type")));
            }
            Response original = e.getResponse();
            int status = original.getStatus();
            Response.StatusType type = original.getStatusInfo();
            String detail = switch (status) {
                case 404 -> "There is nothing at this address.";
                case 405 -> "This method is not allowed here.";
                case 415 -> "Send the body as application/json.";
                case 406 -> "This resource cannot answer in the media type the Accept header asks for.";
                case 413 -> "The body is too large.";
                default -> type.getReasonPhrase();
            };
            Response.ResponseBuilder problem = Response.fromResponse(Problem.response(status, type.getReasonPhrase(), detail, null));
            original.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    values.forEach(v -> problem.header(name, v));
                }
            });
            return problem.build();
        }
    }
}
