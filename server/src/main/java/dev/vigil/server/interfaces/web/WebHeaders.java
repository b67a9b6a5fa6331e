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
 * A request that changes something without credentials of its own (a page session's, or a sign-in)
 * must come from this site's own pages (Origin), and a signed-in session's must carry its token.
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
        boolean changing = !SAFE.contains(request.getMethod()) && request.getHeader("Authorization") == null;
        if (changing && !sameOrigin(request)) {
            refuse(response, "This request came from another site.");
            return;
        }
        if (changing && request.getUserPrincipal() != null && !path.equals("/login") && !Csrf.matches(request)) {
            refuse(response, "This request needs the page's " + Csrf.HEADER + " token; reload the page.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** A browser names the page a request comes from in Origin; another site's page may not sign in or change anything here. */
    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String host = request.getHeader("Host");
        int scheme = origin.indexOf("://");
        return host != null && scheme > 0 && origin.substring(scheme + 3).equalsIgnoreCase(host);
    }

    private static void refuse(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"" + detail + "\"}");
    }

}
