package dev.vigil.server.infrastructure.security;

import dev.vigil.server.application.shared.ProblemDocument;
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
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.time.Duration;
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
    @Inject ChainTokens chainTokens;
    @Inject SignInGuard guard;
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
        String address = guard.origin(request).address();
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header.substring(6).trim(), address, response, context);
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(header.substring(7).trim(), address, response, context);
        }
        return refuse(response, "Use HTTP Basic or a bearer token.");
    }

    private static boolean isPmsWebhook(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.matches("/api/v1/connectors/[a-z0-9-]+/webhook/?");
    }

    private AuthenticationStatus basic(String encoded, String address, HttpServletResponse response, HttpMessageContext context) {
        UsernamePasswordCredential credential = decode(encoded);
        String name = credential == null ? null : credential.getCaller();
        Optional<Duration> wait = guard.wait(name, address);
        if (wait.isPresent()) {
            return tooMany(response, wait.get());
        }
        CredentialValidationResult result = credential == null ? CredentialValidationResult.INVALID_RESULT
                : identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            guard.succeeded(name);
            if (form.mustChangePassword(result.getCallerPrincipal().getName())) {
                return refuse(response, "The password must be changed first: sign in on the sign-in page to set a new one.");
            }
            return context.notifyContainerAboutLogin(result.getCallerPrincipal(), result.getCallerGroups());
        }
        guard.failed(name, address, "basic");
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

    private AuthenticationStatus bearer(String token, String address, HttpServletResponse response, HttpMessageContext context) {
        if (!chainTokens.enabled()) {
            return refuse(response, "Bearer tokens are not configured on this server.");
        }
        Optional<Duration> wait = guard.wait(null, address);
        if (wait.isPresent()) {
            return tooMany(response, wait.get());
        }
        try {
            TokenClaims claims = chainTokens.verify(token);
            tokenCallers.set(claims);
            return context.notifyContainerAboutLogin(claims.name(), claims.roles());
        } catch (InvalidTokenException e) {
            guard.failed(null, address, "bearer");
            return refuse(response, "The bearer token is not valid: " + e.getMessage() + ".");
        }
    }

    /**
     * User name and password exactly as sent: base64 that decodes, UTF-8 that is valid, a colon after a
     * name. Anything else is no credential at all.
     */
    static UsernamePasswordCredential decode(String encoded) {
        try {
            byte[] bytes = Base64.getDecoder().decode(encoded);
            String pair = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            int colon = pair.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return null;
        }
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, String detail) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        return answer(response, 401, "Unauthorized", detail);
    }

    /** Too many failures from this user name or address: when to try again, and nothing else. */
    private static AuthenticationStatus tooMany(HttpServletResponse response, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader("Retry-After", String.valueOf(seconds));
        return answer(response, 429, "Too Many Requests", "Too many failed sign-ins: try again in " + seconds + " seconds.");
    }

    /** A refusal as problem+json, with the headers every answer carries (the page filters never see it). */
    private static AuthenticationStatus answer(HttpServletResponse response, int status, String title, String detail) {
        try {
            response.setStatus(status);
            ProblemDocument.HEADERS.forEach(response::setHeader);
            response.setContentType(ProblemDocument.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(ProblemDocument.json(status, title, detail));
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
