package dev.vigil.server.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.ConflictException;
import dev.vigil.server.application.shared.ForbiddenException;
import dev.vigil.server.application.shared.InvalidRequestException;
import dev.vigil.server.application.shared.NotFoundException;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.testing.InMemoryStores;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ConcurrentModificationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may do what to whose account, with the password policy and an audit entry per change. */
class AccountServiceTest {

    private static final TenantId CHAIN = new TenantId("demo-chain");
    private final Caller admin = new Caller("admin", Set.of(AppRole.ADMIN), CHAIN, null, Set.of());
    private final Caller manager = new Caller("manager", Set.of(AppRole.MANAGER), CHAIN, new PropertyId("demo-hotel"), Set.of());
    private final Caller otherManager = new Caller("boss", Set.of(AppRole.MANAGER), CHAIN, new PropertyId("harbor-inn"), Set.of());
    private final Caller staff = new Caller("frontdesk", Set.of(AppRole.STAFF), CHAIN, new PropertyId("demo-hotel"), Set.of());

    private DefaultAccountService service;
    private Accounts accounts;
    private InMemoryStores.Audit audit;

    @BeforeEach
    void setUp() {
        service = new DefaultAccountService();
        accounts = new Accounts();
        audit = new InMemoryStores.Audit();
        service.accounts = accounts;
        service.hasher = new Hasher();
        service.audit = audit;
        service.clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
        service.properties = new Hotels();
    }

    @Test
    void anAdminCreatesAStaffAccount_withATemporaryPasswordToBeReplaced_andTheChangeIsAudited() {
        AccountService.Issued issued = service.create(admin, new CreateAccountCommand("Maria.Lopez", List.of("staff"), "demo-hotel",
                List.of("hk"), null, null));
        assertThat(issued.account().username()).isEqualTo("maria.lopez");
        assertThat(issued.account().reporterRoles()).containsExactly("HK");
        assertThat(issued.account().mustChangePassword()).isTrue();
        assertThat(issued.temporaryPassword()).hasSize(16);
        assertThat(accounts.hashes.get("maria.lopez")).isEqualTo("hash:" + issued.temporaryPassword());
        assertThat(audit.rows).extracting(AuditEntry::action).containsExactly("ACCOUNT_CREATED");
        assertThat(audit.rows.get(0).actor()).isEqualTo("admin");
    }

    @Test
    void badFields_areAllNamed_andNothingIsStored() {
        assertThatThrownBy(() -> service.create(admin, new CreateAccountCommand("x", List.of("staff", "admin", "pilot"), "nowhere",
                List.of("XX"), null, "short")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).contains("username", "roles", "reporterRoles", "password"));
        assertThat(accounts.rows).isEmpty();
        assertThat(audit.rows).isEmpty();
    }

    @Test
    void aManager_managesTheirPropertysStaffOnly() {
        assertThatThrownBy(() -> service.create(manager, new CreateAccountCommand("new.admin", List.of("admin"), null, null, null, null)))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> service.create(manager, new CreateAccountCommand("elsewhere", List.of("staff"), "harbor-inn", null, null, null)))
                .isInstanceOf(InvalidRequestException.class);
        service.create(manager, new CreateAccountCommand("sam.ortiz", List.of("staff"), null, List.of("VAL"), null, null));
        assertThat(accounts.rows.get("sam.ortiz").property()).isEqualTo("demo-hotel");
        assertThat(service.list(manager, null)).extracting(Account::username).containsExactly("sam.ortiz");
        assertThatThrownBy(() -> service.disable(otherManager, "sam.ortiz")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.list(staff, null)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void disablingEnablingAndResetting_areAudited_andNobodyDisablesThemselves() {
        service.create(admin, new CreateAccountCommand("sam.ortiz", List.of("staff"), "demo-hotel", null, null, "Lighthouse-harbor-42"));
        assertThat(service.disable(manager, "sam.ortiz").enabled()).isFalse();
        assertThat(service.enable(manager, "sam.ortiz").enabled()).isTrue();
        AccountService.Issued reset = service.resetPassword(manager, "sam.ortiz");
        assertThat(reset.account().mustChangePassword()).isTrue();
        assertThat(accounts.hashes.get("sam.ortiz")).isEqualTo("hash:" + reset.temporaryPassword());
        assertThatThrownBy(() -> service.disable(manager, "manager")).isInstanceOf(ConflictException.class);
        assertThat(audit.rows).extracting(AuditEntry::action).containsExactly("ACCOUNT_CREATED", "ACCOUNT_DISABLED",
                "ACCOUNT_ENABLED", "ACCOUNT_PASSWORD_RESET");
    }

    @Test
    void thePersonSetsTheirOwnPassword_provingTheTemporaryOne() {
        String temporary = service.create(admin, new CreateAccountCommand("sam.ortiz", List.of("staff"), "demo-hotel", null, null, null))
                .temporaryPassword();
        assertThatThrownBy(() -> service.changePassword("sam.ortiz", "wrong", "Lighthouse-harbor-42"))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> service.changePassword("sam.ortiz", temporary, "password1234"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("newPassword"));
        Account changed = service.changePassword("sam.ortiz", temporary, "Lighthouse-harbor-42");
        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(audit.rows).extracting(AuditEntry::action).endsWith("ACCOUNT_PASSWORD_CHANGED");
    }

    @Test
    void aChangeMadeAgainstAnOlderVersion_isAConflict() {
        service.create(admin, new CreateAccountCommand("sam.ortiz", List.of("staff"), "demo-hotel", null, null, null));
        Account updated = service.update(admin, "sam.ortiz", new UpdateAccountCommand(List.of("security"), null, null, null, 0L));
        assertThat(updated.roles()).containsExactly("security");
        assertThat(updated.reporterRoles()).containsExactly("SEC");
        assertThatThrownBy(() -> service.update(admin, "sam.ortiz", new UpdateAccountCommand(List.of("staff"), null, null, null, 0L)))
                .isInstanceOf(ConflictException.class);
    }

    /** Accounts in a map with a version per row. */
    static final class Accounts implements AccountRepository {
        final Map<String, Account> rows = new LinkedHashMap<>();
        final Map<String, String> hashes = new LinkedHashMap<>();

        @Override
        public Optional<Account> find(String username) {
            return Optional.ofNullable(rows.get(username));
        }

        @Override
        public Optional<String> passwordHash(String username) {
            return Optional.ofNullable(hashes.get(username));
        }

        @Override
        public List<Account> list(String tenant, String property) {
            return rows.values().stream().filter(a -> a.tenant().equals(tenant) && (property == null || property.equals(a.property()))).toList();
        }

        @Override
        public void create(Account account, String passwordHash) {
            rows.put(account.username(), account);
            hashes.put(account.username(), passwordHash);
        }

        @Override
        public Account update(Account a, Instant at) {
            Account stored = rows.get(a.username());
            if (stored.version() != a.version()) {
                throw new ConcurrentModificationException();
            }
            Account next = new Account(a.username(), a.roles(), a.tenant(), a.property(), a.reporterRoles(), a.mandatedReporter(),
                    a.enabled(), stored.mustChangePassword(), a.demo(), a.createdAt(), at, a.version() + 1);
            rows.put(a.username(), next);
            return next;
        }

        @Override
        public Account setPassword(String username, String passwordHash, boolean mustChange, Instant at) {
            Account a = rows.get(username);
            hashes.put(username, passwordHash);
            Account next = new Account(a.username(), a.roles(), a.tenant(), a.property(), a.reporterRoles(), a.mandatedReporter(),
                    a.enabled(), mustChange, a.demo(), a.createdAt(), at, a.version() + 1);
            rows.put(username, next);
            return next;
        }
    }

    /** A visible stand-in for the slow hash. */
    static final class Hasher implements PasswordHasher {
        @Override
        public String hash(String password) {
            return "hash:" + password;
        }

        @Override
        public boolean verify(String password, String storedHash) {
            return storedHash.equals("hash:" + password);
        }
    }

    /** Two hotels of the chain. */
    static final class Hotels implements PropertyDirectory {
        @Override
        public Optional<Property> find(PropertyId id) {
            return all().stream().filter(p -> p.id().equals(id)).findFirst();
        }

        @Override
        public List<Property> all() {
            return List.of(new Property(new PropertyId("demo-hotel"), CHAIN, "Demo", null),
                    new Property(new PropertyId("harbor-inn"), CHAIN, "Harbor", null));
        }
    }
}
