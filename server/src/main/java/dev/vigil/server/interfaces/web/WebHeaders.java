package dev.vigil.server.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Headers for every answer: nothing but the static files may be cached ({@code no-store} on pages
 * and on every API answer, which may carry case or filing data), no content sniffing, no referrer.
 * A request that a signed-in page session makes to change something must carry the session's token.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class WebHeaders extends HttpFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (path.startsWith("/static/")) {
            response.setHeader("Cache-Control", "no-cache");
        } else {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        if (!SAFE.contains(request.getMethod()) && sessionCarried(request) && !path.equals("/login") && !Csrf.matches(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"This request needs the page's " + Csrf.HEADER + " token; reload the page.\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Signed in by the session's cookie rather than by credentials sent with the request itself. */
    private static boolean sessionCarried(HttpServletRequest request) {
        return request.getHeader("Authorization") == null && request.getUserPrincipal() != null;
    }
}
