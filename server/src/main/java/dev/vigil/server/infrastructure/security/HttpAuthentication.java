package dev.vigil.server.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import java.io.IOException;
import java.security.Principal;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * HTTP Basic for Vigil's own users, bearer JWTs from a chain's identity provider, and the browser
 * sessions of the pages (the sign-in form, {@link FormSignIn}, and OpenID Connect, {@link OidcSignIn}),
 * in one mechanism: Jakarta Security 3 allows one per application. Bad credentials get {@code 401} as
 * problem+json; requests without credentials pass through anonymous and the API's access filter
 * decides between public and {@code 401}. A request with an {@code Authorization} header is judged by
 * it alone and never opens a session.
 */
@ApplicationScoped
public class HttpAuthentication implements HttpAuthenticationMechanism {

    static final String CHALLENGE = "Basic realm=\"Vigil\", charset=\"UTF-8\"";

    @Inject IdentityStoreHandler identityStores;
    @Inject BearerTokens bearerTokens;
    @Inject TokenCallers tokenCallers;
    @Inject FormSignIn form;
    @Inject OidcSignIn oidc;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (isPmsWebhook(request)) {
            // a PMS's webhook proves itself with its connection's secret, not as a Vigil user
            return context.doNothing();
        }
        if (header == null) {
            return browser(request, response, context);
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header.substring(6).trim(), response, context);
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(header.substring(7).trim(), response, context);
        }
        return refuse(response, "Use HTTP Basic or a bearer token.");
    }

    private static boolean isPmsWebhook(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.matches("/api/v1/connectors/[a-z0-9-]+/webhook/?");
    }

    private AuthenticationStatus basic(String encoded, HttpServletResponse response, HttpMessageContext context) {
        UsernamePasswordCredential credential = decode(encoded);
        CredentialValidationResult result = credential == null ? CredentialValidationResult.INVALID_RESULT
                : identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (form.mustChangePassword(result.getCallerPrincipal().getName())) {
                return refuse(response, "The password must be changed first: sign in on the sign-in page to set a new one.");
            }
            return context.notifyContainerAboutLogin(result.getCallerPrincipal(), result.getCallerGroups());
        }
        return refuse(response, "The user name or password is not correct.");
    }

    /** A browser without credentials: its session, or one of the sign-in requests, or anonymous. */
    private AuthenticationStatus browser(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Principal signedIn = request.getUserPrincipal();
        if (signedIn != null) {
            HttpSession session = request.getSession(false);
            Object claims = session == null ? null : session.getAttribute(WebSession.CLAIMS);
            if (claims instanceof TokenClaims oidcCaller) {
                tokenCallers.set(oidcCaller);
            }
            try {
                // the container keeps the session's principal; hand it back as Jakarta Security's AutoApplySession does
                context.getHandler().handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), signedIn)});
            } catch (IOException | UnsupportedCallbackException e) {
                throw new IllegalStateException("cannot resume the session's sign-in", e);
            }
            return AuthenticationStatus.SUCCESS;
        }
        String path = WebSession.path(request);
        if ("POST".equals(request.getMethod()) && "/login".equals(path)) {
            return form.signIn(request, context);
        }
        if ("GET".equals(request.getMethod()) && "/login/oidc".equals(path)) {
            return oidc.start(request, response, context);
        }
        if ("GET".equals(request.getMethod()) && "/login/oidc/callback".equals(path)) {
            return oidc.finish(request, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus bearer(String token, HttpServletResponse response, HttpMessageContext context) {
        Optional<JwtVerifier> verifier = bearerTokens.verifier();
        if (verifier.isEmpty()) {
            return refuse(response, "Bearer tokens are not configured on this server.");
        }
        try {
            TokenClaims claims = verifier.get().verify(token, Instant.now());
            tokenCallers.set(claims);
            return context.notifyContainerAboutLogin(claims.name(), claims.roles());
        } catch (InvalidTokenException e) {
            return refuse(response, "The bearer token is not valid: " + e.getMessage() + ".");
        }
    }

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, String detail) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", CHALLENGE);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
