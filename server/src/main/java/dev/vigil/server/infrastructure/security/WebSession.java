package dev.vigil.server.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a signed-in browser's session holds besides the container's principal: the claims of an
 * OpenID Connect sign-in and a pending OpenID Connect request.
 */
final class WebSession {

    static final String CLAIMS = "vigil.claims";
    static final String OIDC_PENDING = "vigil.oidc.pending";

    private WebSession() {
    }

    /** A new session id after a sign-in, so an id planted before it is worth nothing (session fixation). */
    static void renew(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
    }

    static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
