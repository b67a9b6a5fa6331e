package dev.vigil.server.infrastructure.security;

import dev.vigil.server.application.account.Account;
import dev.vigil.server.application.account.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Optional;

/** Adapter that keeps accounts in the {@code app_user} table; the version column guards concurrent changes. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    @Override
    public Optional<Account> find(String username) {
        return Optional.ofNullable(em.find(UserAccount.class, username)).map(JpaAccountRepository::toAccount);
    }

    @Override
    public Optional<String> passwordHash(String username) {
        return Optional.ofNullable(em.find(UserAccount.class, username)).map(UserAccount::passwordHash);
    }

    @Override
    public List<Account> list(String tenant, String property) {
        String jpql = "SELECT u FROM UserAccount u WHERE u.tenantId = :tenant"
                + (property == null ? "" : " AND u.propertyId = :property") + " ORDER BY u.username";
        var query = em.createQuery(jpql, UserAccount.class).setParameter("tenant", tenant);
        if (property != null) {
            query.setParameter("property", property);
        }
        return query.getResultList().stream().map(JpaAccountRepository::toAccount).toList();
    }

    @Override
    public void create(Account account, String passwordHash) {
        UserAccount user = new UserAccount(account.username(), passwordHash, account.roles(), account.tenant(),
                account.property(), account.reporterRoles(), false, utc(account.createdAt()));
        user.assign(account.roles(), account.property(), account.reporterRoles(), account.mandatedReporter(), true,
                utc(account.createdAt()));
        user.changePassword(passwordHash, account.mustChangePassword(), utc(account.createdAt()));
        em.persist(user);
        em.flush();
    }

    @Override
    public Account update(Account account, Instant at) {
        UserAccount user = em.find(UserAccount.class, account.username(), LockModeType.PESSIMISTIC_WRITE);
        if (user == null || user.version() != account.version()) {
            throw new ConcurrentModificationException(account.username());
        }
        user.assign(account.roles(), account.property(), account.reporterRoles(), account.mandatedReporter(),
                account.enabled(), utc(at));
        em.flush();
        return toAccount(user);
    }

    @Override
    public Account setPassword(String username, String passwordHash, boolean mustChange, Instant at) {
        UserAccount user = em.find(UserAccount.class, username, LockModeType.PESSIMISTIC_WRITE);
        user.changePassword(passwordHash, mustChange, utc(at));
        em.flush();
        return toAccount(user);
    }

    static Account toAccount(UserAccount u) {
        return new Account(u.username(), u.roles(), u.tenantId(), u.propertyId(), u.reporterRoles(), u.mandatedReporter(),
                u.enabled(), u.mustChangePassword(), u.demo(), instant(u.createdAt()),
                u.updatedAt() == null ? instant(u.createdAt()) : instant(u.updatedAt()), u.version());
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime t) {
        return t.toInstant(ZoneOffset.UTC);
    }
}
