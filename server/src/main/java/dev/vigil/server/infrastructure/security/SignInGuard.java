package dev.vigil.server.infrastructure.security;

import dev.vigil.server.application.shared.ClientOrigin;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.audit.AuditLog;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * What every password sign-in passes through, whichever way it comes (HTTP Basic, the sign-in form):
 * the throttle per user name and per client address, and the audit entry of each failure (who tried,
 * from where; never the password). Failures of a user name that does not exist are recorded in the
 * server's own audit chain ({@value #NO_TENANT}), since they belong to no tenant.
 */
@ApplicationScoped
public class SignInGuard {

    /** The audit chain of events that belong to no tenant. */
    public static final String NO_TENANT = "*";

    @Inject Config config;
    @Inject Clock clock;
    @Inject AuditLog audit;

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    private SignInThrottle throttle;

    @PostConstruct
    void configure() {
        SignInThrottle.Policy defaults = SignInThrottle.Policy.DEFAULT;
        throttle = new SignInThrottle(new SignInThrottle.Policy(
                config.getOptionalValue("vigil.signin.free-failures-per-user", Integer.class).orElse(defaults.freeUserFailures()),
                config.getOptionalValue("vigil.signin.free-failures-per-address", Integer.class).orElse(defaults.freeAddressFailures()),
                config.getOptionalValue("vigil.signin.first-delay", Duration.class).orElse(defaults.firstDelay()),
                config.getOptionalValue("vigil.signin.max-delay", Duration.class).orElse(defaults.maxDelay())));
    }

    /** The client as this server may believe it (see {@link ClientOrigin}). */
    public ClientOrigin origin(HttpServletRequest request) {
        return ClientOrigin.of(request.getRemoteAddr(), request.isSecure(), request.getHeader("X-Forwarded-For"),
                request.getHeader("X-Forwarded-Proto"),
                ClientOrigin.proxies(config.getOptionalValue("vigil.http.trusted-proxies", String.class).orElse(null)));
    }

    /** How long this attempt must still wait; while it must, the password is not even looked at. */
    public Optional<Duration> wait(String username, String address) {
        return throttle.wait(username, address, clock.instant());
    }

    public void succeeded(String username) {
        throttle.succeeded(username);
    }

    /** Counts and records a failed sign-in, in its own transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String username, String address, String how) {
        boolean delayed = throttle.failed(username, address, clock.instant());
        UserAccount account = username == null || username.isBlank() || username.length() > 100 ? null
                : em.find(UserAccount.class, username);
        String tenant = account == null ? NO_TENANT : account.tenantId();
        String actor = account == null ? "(unknown user name)" : account.username();
        audit.append(new AuditEntry(clock.instant(), tenant, account == null ? null : account.propertyId(), actor,
                delayed ? "SIGN_IN_FAILED_THROTTLED" : "SIGN_IN_FAILED", how, truncate(address)));
    }

    private static String truncate(String address) {
        return address == null ? null : address.length() > 64 ? address.substring(0, 64) : address;
    }
}
