package dev.vigil.server.application.account;

import dev.vigil.server.application.shared.Caller;
import java.util.List;

/**
 * Use case: admins manage the accounts of their tenant, managers those of their property. Every
 * change is audited; an account outside the caller's reach does not exist for them (404).
 */
public interface AccountService {

    List<Account> list(Caller caller, String property);

    Account read(Caller caller, String username);

    /** Creates an account; without a password a temporary one is generated. The person sets their own at the first sign-in. */
    Issued create(Caller caller, CreateAccountCommand command);

    Account update(Caller caller, String username, UpdateAccountCommand command);

    Account disable(Caller caller, String username);

    Account enable(Caller caller, String username);

    /** Replaces the password with a temporary one, shown once; the person sets their own at the next sign-in. */
    Issued resetPassword(Caller caller, String username);

    /**
     * The person sets their own password, proving the current (or temporary) one; clears the
     * demand to change it.
     */
    Account changePassword(String username, String currentPassword, String newPassword);

    /** An account with the temporary password it was given, if one was generated (shown once, never stored). */
    record Issued(Account account, String temporaryPassword) {
    }
}
