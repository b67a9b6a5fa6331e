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

    @Provider
    public static class InvalidRequest implements ExceptionMapper<InvalidRequestException> {
        @Override
        public Response toResponse(InvalidRequestException e) {
            return Problem.invalid(e.errors());
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<ForbiddenException> {
        @Override
        public Response toResponse(ForbiddenException e) {
            return Problem.response(Response.Status.FORBIDDEN, e.getMessage());
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return Problem.response(Response.Status.CONFLICT, e.getMessage());
        }
    }

    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            int status = original.getStatus();
            Response.StatusType type = original.getStatusInfo();
            String detail = switch (status) {
                case 404 -> "There is nothing at this address.";
                case 405 -> "This method is not allowed here.";
                case 415 -> "Send the body as application/json.";
                case 406 -> "This resource answers in application/json.";
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

    /** The last resort: log the failure (never the request) and answer 500. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                if (cause instanceof InvalidRequestException || cause instanceof ConflictException
                        || cause instanceof NotFoundException || cause instanceof ForbiddenException) {
                    break;
                }
                cause = cause.getCause();
            }
            // use-case exceptions wrapped by an interceptor still get their own answer
            if (cause instanceof InvalidRequestException invalid) {
                return Problem.invalid(invalid.errors());
            }
            if (cause instanceof ConflictException conflict) {
                return Problem.response(Response.Status.CONFLICT, conflict.getMessage());
            }
            if (cause instanceof NotFoundException notFound) {
                return Problem.response(Response.Status.NOT_FOUND, notFound.getMessage());
            }
            if (cause instanceof ForbiddenException forbidden) {
                return Problem.response(Response.Status.FORBIDDEN, forbidden.getMessage());
            }
            LOG.log(Level.SEVERE, "request failed: " + e.getClass().getName(), e);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                    "Something went wrong on our side; nothing was stored. Try again, or tell your administrator.");
        }
    }
}
