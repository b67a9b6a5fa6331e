package dev.vigil.server.infrastructure.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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

    private static Set<String> split(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
