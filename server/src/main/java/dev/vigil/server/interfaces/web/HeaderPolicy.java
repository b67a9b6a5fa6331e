package dev.vigil.server.interfaces.web;

import dev.vigil.server.application.shared.ClientOrigin;
import dev.vigil.server.application.shared.ProblemDocument;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

/**
 * The one header policy of every answer. Nothing is cached but the static files ({@code no-store} on
 * pages and on every API answer, which may carry case or filing data); nothing is sniffed; no referrer
 * leaves; no page may be framed except the embeddable checklist, by the PMS origins configured in
 * {@code vigil.embed.allowed-origins}; HSTS once the request came over TLS (directly, or through a
 * trusted proxy). Pages get a Content-Security-Policy that loads nothing but this server's own files;
 * everything else (API answers, errors, static files) one that allows nothing at all.
 */
final class HeaderPolicy {

    static final String LOCKED_DOWN = ProblemDocument.LOCKED_DOWN_POLICY;
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private HeaderPolicy() {
    }

    /** The headers every answer carries; a page replaces the Content-Security-Policy with its own. */
    static void apply(HttpServletResponse response, String path, ClientOrigin origin) {
        boolean embeddable = "/embed".equals(path);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (!embeddable) {
            // the checklist in a PMS's frame is governed by frame-ancestors (X-Frame-Options cannot name several origins)
            response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
            response.setHeader("X-Frame-Options", "DENY");
        }
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (path.startsWith("/static/")) {
            response.setHeader("Cache-Control", "no-cache");
        } else {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        response.setHeader("Content-Security-Policy", LOCKED_DOWN);
        if (origin.secure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }

    /** A page's policy: its own scripts, styles and images, and frames only where the embeddable checklist allows them. */
    static void page(HttpServletResponse response, String page, List<String> embedOrigins) {
        String ancestors = "embed".equals(page) && !embedOrigins.isEmpty() ? String.join(" ", embedOrigins) : "'none'";
        response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                + "frame-ancestors " + ancestors);
    }
}
