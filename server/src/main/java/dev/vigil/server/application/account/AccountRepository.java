package dev.vigil.server.application.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outbound port to the stored accounts. */
public interface AccountRepository {

    Optional<Account> find(String username);

    /** The stored password hash, for checking the current password before a change. */
    Optional<String> passwordHash(String username);

    /** The accounts of a tenant, or only those of one property when {@code property} is given, by name. */
    List<Account> list(String tenant, String property);

    /** Stores a new account with its password hash. */
    void create(Account account, String passwordHash);

    /**
     * Writes roles, staff roles, property, mandated-reporter flag and enabled flag of an existing
     * account, if it is still at {@code account.version()}.
     *
     * @throws java.util.ConcurrentModificationException when someone changed it in between
     */
    Account update(Account account, Instant at);

    /** Replaces the password hash; {@code mustChange} asks the person to set their own at the next sign-in. */
    Account setPassword(String username, String passwordHash, boolean mustChange, Instant at);
}
