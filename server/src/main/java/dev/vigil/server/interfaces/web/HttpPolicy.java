package dev.vigil.server.interfaces.web;

import dev.vigil.server.application.shared.ClientOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * The gate every request passes: the {@link HeaderPolicy} on every answer, {@link CorsPolicy} for
 * browsers of other origins, {@link ApiInput}'s checks on everything under {@code /api} (answered as
 * problem+json, like every other answer there), no {@code TRACE} anywhere, and for requests that change
 * something without credentials of their own (a page session's, or a sign-in): this site's own pages
 * only (Origin), and a signed-in session's request token.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class HttpPolicy extends HttpFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject WebSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        HeaderPolicy.apply(response, path, ClientOrigin.of(request.getRemoteAddr(), request.isSecure(),
                request.getHeader("X-Forwarded-For"), request.getHeader("X-Forwarded-Proto"), settings.trustedProxies()));
        if (CorsPolicy.handle(request, response, api, settings.corsOrigins())) {
            return;
        }
        if ("TRACE".equals(request.getMethod())) {
            ProblemResponse.write(response, 405, "Method Not Allowed", "This method is not allowed here.");
            return;
        }
        HttpServletRequest checked = request;
        if (api) {
            try {
                ApiInput.check(request, settings.maxBodyBytes());
                checked = ApiInput.withBody(request, settings.maxBodyBytes());
            } catch (ApiInput.Refusal refusal) {
                if (refusal.status == 405) {
                    response.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE");
                }
                ProblemResponse.write(response, refusal.status, refusal.title, refusal.getMessage());
                return;
            }
        }
        boolean changing = !SAFE.contains(request.getMethod()) && request.getHeader("Authorization") == null;
        if (changing && !sameOrigin(request)) {
            ProblemResponse.write(response, 403, "Forbidden", "This request came from another site.");
            return;
        }
        if (changing && request.getUserPrincipal() != null && !path.equals("/login") && !Csrf.matches(request)) {
            ProblemResponse.write(response, 403, "Forbidden", "This request needs the page's " + Csrf.HEADER + " token; reload the page.");
            return;
        }
        chain.doFilter(checked, response);
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
}
