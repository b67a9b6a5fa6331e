package dev.vigil.server.infrastructure.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A user who signs in with a password: roles, tenant, property, the staff roles they file in. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @Column(name = "username", length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "roles", nullable = false, length = 200)
    private String roles;

    @Column(name = "tenant_id", nullable = false, length = 63)
    private String tenantId;

    @Column(name = "property_id", length = 63)
    private String propertyId;

    @Column(name = "reporter_roles", nullable = false, length = 100)
    private String reporterRoles;

    @Column(name = "mandated_reporter", nullable = false)
    private boolean mandatedReporter;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String passwordHash, Set<String> roles, String tenantId, String propertyId,
                       Set<String> reporterRoles, boolean demo, LocalDateTime createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = String.join(",", roles);
        this.tenantId = tenantId;
        this.propertyId = propertyId;
        this.reporterRoles = String.join(",", reporterRoles);
        this.demo = demo;
        this.createdAt = createdAt;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<String> roles() {
        return split(roles);
    }

    public String tenantId() {
        return tenantId;
    }

    public String propertyId() {
        return propertyId;
    }

    /** A mandated reporter in another licensed capacity: the protocol's mandated_reporter steps apply to their filings. */
    public boolean mandatedReporter() {
        return mandatedReporter;
    }

    public Set<String> reporterRoles() {
        return split(reporterRoles);
    }

    public boolean demo() {
        return demo;
    }

    /** A disabled account cannot sign in; its row stays, since the audit trail names it. */
    public boolean enabled() {
        return enabled;
    }

    /** The person must set their own password at the next sign-in (a new account, or one reset by an admin). */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    void assign(Set<String> roles, String propertyId, Set<String> reporterRoles, boolean mandatedReporter, boolean enabled,
                LocalDateTime at) {
        this.roles = String.join(",", roles);
        this.propertyId = propertyId;
        this.reporterRoles = String.join(",", reporterRoles);
        this.mandatedReporter = mandatedReporter;
        this.enabled = enabled;
        this.updatedAt = at;
    }

    void changePassword(String passwordHash, boolean mustChange, LocalDateTime at) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChange;
        this.updatedAt = at;
    }

    private static Set<String> split(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
