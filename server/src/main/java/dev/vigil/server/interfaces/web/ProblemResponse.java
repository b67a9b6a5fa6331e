package dev.vigil.server.interfaces.web;

import dev.vigil.server.application.shared.ProblemDocument;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A problem+json answer written at the servlet level, before JAX-RS (or without it). */
final class ProblemResponse {

    private ProblemResponse() {
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(ProblemDocument.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(ProblemDocument.json(status, title, detail));
        response.getWriter().flush();
    }
}
