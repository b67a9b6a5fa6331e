package dev.vigil.server.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * The head of one lane of a tenant's audit chain: its last place and seal. Appending locks this row for the
 * rest of the transaction, so two transactions in one lane take turns and the lane stays one line; a lane
 * cut short (entries deleted at its end) no longer reaches its head.
 */
@Entity
@Table(name = "audit_chain_head")
@IdClass(AuditChainHead.Key.class)
public class AuditChainHead {

    @Id
    @Column(name = "tenant_id", length = 63)
    private String tenantId;

    @Id
    @Column(name = "lane")
    private int lane;

    @Column(name = "seq", nullable = false)
    private long seq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
        // for JPA
    }

    int lane() {
        return lane;
    }

    long seq() {
        return seq;
    }

    String lastHash() {
        return lastHash;
    }

    void advance(long seq, String hash) {
        this.seq = seq;
        this.lastHash = hash;
    }

    /** A lane's key: the tenant and the lane's number. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String tenantId;
        private int lane;

        public Key() {
            // for JPA
        }

        Key(String tenantId, int lane) {
            this.tenantId = tenantId;
            this.lane = lane;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.lane == lane && k.tenantId.equals(tenantId);
        }

        @Override
        public int hashCode() {
            return tenantId.hashCode() * 31 + lane;
        }
    }
}
