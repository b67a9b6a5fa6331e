package dev.vigil.server.infrastructure.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** What the pages remember for one person, keyed by tenant and user name (token users have no account row). */
@Entity
@Table(name = "user_preference")
public class UserPreference {

    /** Tenant and user name. */
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "tenant_id", length = 63)
        private String tenantId;

        @Column(name = "username", length = 100)
        private String username;

        protected Key() {
            // for JPA
        }

        Key(String tenantId, String username) {
            this.tenantId = tenantId;
            this.username = username;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && tenantId.equals(k.tenantId) && username.equals(k.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, username);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "lang", length = 12)
    private String lang;

    @Column(name = "discreet", nullable = false)
    private boolean discreet;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected UserPreference() {
        // for JPA
    }

    UserPreference(String tenantId, String username) {
        this.key = new Key(tenantId, username);
    }

    static Key key(String tenantId, String username) {
        return new Key(tenantId, username);
    }

    String lang() {
        return lang;
    }

    boolean discreet() {
        return discreet;
    }

    void set(String lang, boolean discreet, LocalDateTime at) {
        this.lang = lang;
        this.discreet = discreet;
        this.updatedAt = at;
    }
}
