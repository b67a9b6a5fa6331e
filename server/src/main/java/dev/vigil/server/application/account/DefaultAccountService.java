package dev.vigil.server.application.account;

import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.ConflictException;
import dev.vigil.server.application.shared.FieldError;
import dev.vigil.server.application.shared.ForbiddenException;
import dev.vigil.server.application.shared.InvalidRequestException;
import dev.vigil.server.application.shared.NotFoundException;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.audit.AuditLog;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Account management with its rules ({@link AccountRules}), the password policy and an audit entry per change. */
@ApplicationScoped
public class DefaultAccountService implements AccountService {

    private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject AccountRepository accounts;
    @Inject PasswordHasher hasher;
    @Inject PropertyDirectory properties;
    @Inject AuditLog audit;
    @Inject Clock clock;

    private final PasswordPolicy policy = PasswordPolicy.bundled();

    @Override
    @Transactional
    public List<Account> list(Caller caller, String property) {
        requireManager(caller);
        String scope = caller.has(AppRole.ADMIN) ? blankToNull(property) : caller.boundProperty().orElseThrow().value();
        if (scope != null && (!PropertyId.isWellFormed(scope) || properties.find(new PropertyId(scope))
                .filter(p -> caller.covers(p.tenant(), p.id())).isEmpty())) {
            // another tenant's property reads as one that does not exist
            throw new InvalidRequestException("propertyId", "unknown property '" + scope + "'");
        }
        List<Account> found = accounts.list(caller.tenant().value(), scope).stream()
                .filter(a -> AccountRules.reaches(caller, a)).toList();
        record(caller, scope, "ACCOUNTS_READ", null);
        return found;
    }

    @Override
    @Transactional
    public Account read(Caller caller, String username) {
        return reachable(caller, username);
    }

    @Override
    @Transactional
    public Issued create(Caller caller, CreateAccountCommand command) {
        requireManager(caller);
        List<FieldError> errors = new ArrayList<>();
        String username = command.username() == null ? "" : command.username().trim().toLowerCase(Locale.ROOT);
        if (!AccountRules.USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "2 to 63 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        Set<AppRole> roles = AccountRules.roles(command.roles(), caller, errors);
        String property = AccountRules.property(command.property(), roles, caller, properties, errors);
        Set<String> reporterRoles = AccountRules.reporterRoles(command.reporterRoles(), roles, errors);
        String temporary = null;
        String password = command.password();
        if (password == null || password.isEmpty()) {
            temporary = temporaryPassword();
            password = temporary;
        } else {
            policy.problem(password, username).ifPresent(p -> errors.add(new FieldError("password", p)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (accounts.find(username).isPresent()) {
            throw new ConflictException("an account named '" + username + "' exists already");
        }
        Instant now = clock.instant();
        Account account = new Account(username, AccountRules.names(roles), caller.tenant().value(), property, reporterRoles,
                Boolean.TRUE.equals(command.mandatedReporter()), true, true, false, now, now, 0);
        accounts.create(account, hasher.hash(password));
        record(caller, property, "ACCOUNT_CREATED", username);
        return new Issued(accounts.find(username).orElseThrow(), temporary);
    }

    @Override
    @Transactional
    public Account update(Caller caller, String username, UpdateAccountCommand command) {
        Account current = reachable(caller, username);
        List<FieldError> errors = new ArrayList<>();
        Set<AppRole> roles = command.roles() == null
                ? current.roles().stream().map(AppRole::fromRoleName).collect(java.util.stream.Collectors.toSet())
                : AccountRules.roles(command.roles(), caller, errors);
        String property = command.property() == null && command.roles() == null ? current.property()
                : AccountRules.property(command.property() == null ? current.property() : command.property(), roles, caller,
                        properties, errors);
        // new roles without staff roles take the new roles' defaults
        Set<String> reporterRoles = command.reporterRoles() == null && command.roles() == null ? current.reporterRoles()
                : AccountRules.reporterRoles(command.reporterRoles(), roles, errors);
        if (command.version() == null) {
            errors.add(new FieldError("version", "is required: the version of the account the change was made against"));
        }
        if (caller.name().equals(username) && !roles.containsAll(current.roles().stream().map(AppRole::fromRoleName).toList())) {
            errors.add(new FieldError("roles", "you cannot take a role away from yourself; ask another administrator"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Account changed = new Account(username, AccountRules.names(roles), current.tenant(), property, reporterRoles,
                command.mandatedReporter() == null ? current.mandatedReporter() : command.mandatedReporter(),
                current.enabled(), current.mustChangePassword(), current.demo(), current.createdAt(), current.updatedAt(),
                command.version());
        Account stored = write(changed);
        record(caller, property, "ACCOUNT_UPDATED", username);
        return stored;
    }

    @Override
    @Transactional
    public Account disable(Caller caller, String username) {
        if (caller.name().equals(username)) {
            throw new ConflictException("you cannot disable your own account");
        }
        return setEnabled(caller, username, false, "ACCOUNT_DISABLED");
    }

    @Override
    @Transactional
    public Account enable(Caller caller, String username) {
        return setEnabled(caller, username, true, "ACCOUNT_ENABLED");
    }

    private Account setEnabled(Caller caller, String username, boolean enabled, String action) {
        Account a = reachable(caller, username);
        Account stored = write(new Account(a.username(), a.roles(), a.tenant(), a.property(), a.reporterRoles(),
                a.mandatedReporter(), enabled, a.mustChangePassword(), a.demo(), a.createdAt(), a.updatedAt(), a.version()));
        record(caller, a.property(), action, username);
        return stored;
    }

    @Override
    @Transactional
    public Issued resetPassword(Caller caller, String username) {
        Account a = reachable(caller, username);
        String temporary = temporaryPassword();
        Account stored = accounts.setPassword(username, hasher.hash(temporary), true, clock.instant());
        record(caller, a.property(), "ACCOUNT_PASSWORD_RESET", username);
        return new Issued(stored, temporary);
    }

    @Override
    @Transactional
    public Account changePassword(String username, String currentPassword, String newPassword) {
        Account a = accounts.find(username).filter(Account::enabled)
                .orElseThrow(() -> new InvalidRequestException("currentPassword", "the user name or password is not correct"));
        if (currentPassword == null || !hasher.verify(currentPassword, accounts.passwordHash(username).orElse(""))) {
            throw new InvalidRequestException("currentPassword", "the user name or password is not correct");
        }
        List<FieldError> errors = new ArrayList<>();
        policy.problem(newPassword, username).ifPresent(p -> errors.add(new FieldError("newPassword", p)));
        if (errors.isEmpty() && Objects.equals(currentPassword, newPassword)) {
            errors.add(new FieldError("newPassword", "must differ from the current one"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Account stored = accounts.setPassword(username, hasher.hash(newPassword), false, clock.instant());
        audit.append(new AuditEntry(clock.instant(), a.tenant(), a.property(), username, "ACCOUNT_PASSWORD_CHANGED", "account", username));
        return stored;
    }

    private Account write(Account account) {
        try {
            return accounts.update(account, clock.instant());
        } catch (ConcurrentModificationException e) {
            throw new ConflictException("the account was changed by someone else meanwhile; load it again");
        }
    }

    private Account reachable(Caller caller, String username) {
        requireManager(caller);
        return accounts.find(username == null ? "" : username).filter(a -> AccountRules.reaches(caller, a))
                .orElseThrow(() -> new NotFoundException("account"));
    }

    private static void requireManager(Caller caller) {
        if (!AccountRules.manages(caller)) {
            throw new ForbiddenException("only admins and managers manage accounts");
        }
    }

    private void record(Caller caller, String property, String action, String username) {
        audit.append(new AuditEntry(clock.instant(), caller.tenant().value(), property, caller.name(), action, "account", username));
    }

    static String temporaryPassword() {
        StringBuilder b = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            b.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return b.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
