package dev.vigil.server.interfaces.rest;

import dev.vigil.server.application.shared.DurableCommits;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Holds back every successful answer to a write until what it reports is on disk. The use cases have
 * committed by the time this runs; if the disk cannot confirm it, the caller is told to retry with the
 * same Idempotency-Key instead of being told "filed".
 */
@Provider
public class DurableAnswers implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(DurableAnswers.class.getName());
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject DurableCommits durability;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!WRITES.contains(request.getMethod()) || response.getStatus() / 100 != 2) {
            return;
        }
        try {
            durability.awaitDurable();
        } catch (DurableCommits.NotDurableException e) {
            LOG.log(Level.SEVERE, "a committed write could not be confirmed on disk", e);
            var problem = Problem.response(503, "Not confirmed", "The request was processed but could not be confirmed "
                    + "on disk. Send it again with the same Idempotency-Key; it will not be stored twice.", null);
            response.setStatus(503);
            response.getHeaders().clear();
            response.getHeaders().putSingle("Content-Type", Problem.MEDIA_TYPE);
            response.getHeaders().putSingle("Retry-After", "1");
            response.setEntity(problem.getEntity(), null, Problem.PROBLEM_JSON);
        }
    }
}
