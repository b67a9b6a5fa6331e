package dev.vigil.server.infrastructure.security;

import dev.vigil.server.application.account.SignInKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The sign-in form of the pages ({@code POST /login} with {@code username} and {@code password}):
 * a valid password opens a session, unless the account must set a new password first, in which case
 * the session only remembers who may now set it.
 */
@ApplicationScoped
public class FormSignIn {

    @Inject IdentityStoreHandler identityStores;
    @Inject SignInGuard guard;

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    boolean mustChangePassword(String username) {
        UserAccount account = em.find(UserAccount.class, username);
        return account != null && account.mustChangePassword();
    }

    AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context) {
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        if (username == null || password == null || username.isBlank()) {
            request.setAttribute(SignInKeys.OUTCOME, SignInKeys.Outcome.FAILED);
            return context.doNothing();
        }
        String name = username.trim();
        String address = guard.origin(request).address();
        var wait = guard.wait(name, address);
        if (wait.isPresent()) {
            request.setAttribute(SignInKeys.OUTCOME, SignInKeys.Outcome.THROTTLED);
            request.setAttribute(SignInKeys.RETRY_AFTER, Math.max(1, (wait.get().toMillis() + 999) / 1000));
            return context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(name, password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            guard.failed(name, address, "form");
            request.setAttribute(SignInKeys.OUTCOME, SignInKeys.Outcome.FAILED);
            return context.doNothing();
        }
        guard.succeeded(name);
        UserAccount account = em.find(UserAccount.class, name);
        WebSession.renew(request);
        if (account != null && account.mustChangePassword()) {
            request.getSession(true).setAttribute(SignInKeys.PASSWORD_CHANGE, name);
            request.setAttribute(SignInKeys.OUTCOME, SignInKeys.Outcome.PASSWORD_CHANGE_REQUIRED);
            return context.doNothing();
        }
        if (request.getSession(false) != null) {
            request.getSession(false).removeAttribute(SignInKeys.PASSWORD_CHANGE);
        }
        context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }
}
