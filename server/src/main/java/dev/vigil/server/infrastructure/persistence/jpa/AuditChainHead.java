package dev.vigil.server.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The head of one tenant's audit chain: its last place and seal. Appending locks this row for the rest of
 * the transaction, so two transactions that audit at once take turns and the chain stays one line; a
 * chain cut short (entries deleted at its end) no longer reaches its head.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    @Id
    @Column(name = "tenant_id", length = 63)
    private String tenantId;

    @Column(name = "seq", nullable = false)
    private long seq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
        // for JPA
    }

    AuditChainHead(String tenantId, long seq, String lastHash) {
        this.tenantId = tenantId;
        this.seq = seq;
        this.lastHash = lastHash;
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
}
