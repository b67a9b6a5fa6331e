package dev.vigil.server.interfaces.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-origin calls to the API from the origins of {@code vigil.cors.allowed-origins} only. Their
 * answers name that origin; a preflight from one of them is answered here ({@code 204}); a preflight
 * from any other origin, and every other {@code OPTIONS}, is refused, so the container never lists a
 * resource's methods or its description to anyone.
 */
final class CorsPolicy {

    static final String METHODS = "GET, POST, PUT";
    static final String HEADERS = "Authorization, Content-Type, Accept, Accept-Language, Idempotency-Key";
    private static final Set<String> PREFLIGHT_METHODS = Set.of("GET", "POST", "PUT", "HEAD");

    private CorsPolicy() {
    }

    /** Adds the CORS headers to an API answer, or answers the request itself; true when it was answered here. */
    static boolean handle(HttpServletRequest request, HttpServletResponse response, boolean api, List<String> allowed)
            throws IOException {
        String origin = request.getHeader("Origin");
        boolean permitted = api && origin != null && allowed.contains(origin);
        if (permitted) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Expose-Headers", "Location, Retry-After, Content-Language");
            response.addHeader("Vary", "Origin");
        }
        if (!"OPTIONS".equals(request.getMethod())) {
            return false;
        }
        String wanted = request.getHeader("Access-Control-Request-Method");
        if (permitted && wanted != null && PREFLIGHT_METHODS.contains(wanted.toUpperCase(Locale.ROOT))) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            response.setHeader("Access-Control-Allow-Methods", METHODS);
            response.setHeader("Access-Control-Allow-Headers", HEADERS);
            response.setHeader("Access-Control-Max-Age", "600");
            return true;
        }
        if (origin != null && wanted != null) {
            ProblemResponse.write(response, 403, "Forbidden", "This origin may not call the API from a browser.");
        } else {
            response.setHeader("Allow", "GET, HEAD, POST, PUT");
            ProblemResponse.write(response, 405, "Method Not Allowed", "This method is not allowed here.");
        }
        return true;
    }
}
