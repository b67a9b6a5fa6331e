package dev.vigil.server.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** A remembered idempotent request: its caller scope and key, body fingerprint and the receipt given. */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

    @Id
    @Column(name = "scope", length = 200)
    private String scope;

    @Id
    @Column(name = "idem_key", length = 200)
    private String idemKey;

    @Column(name = "fingerprint", nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "receipt_json", nullable = false, length = 16000)
    private String receiptJson;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** The observation it answers: the record goes when the observation goes. */
    @Column(name = "observation_id", length = 36)
    private String observationId;

    protected IdempotencyRecord() {
        // for JPA
    }

    IdempotencyRecord(String scope, String idemKey, String fingerprint, String receiptJson, LocalDateTime createdAt,
                      String observationId) {
        this.scope = scope;
        this.idemKey = idemKey;
        this.fingerprint = fingerprint;
        this.receiptJson = receiptJson;
        this.createdAt = createdAt;
        this.observationId = observationId;
    }

    String fingerprint() {
        return fingerprint;
    }

    String receiptJson() {
        return receiptJson;
    }

    /** Composite primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String scope;
        private String idemKey;

        public Key() {
        }

        public Key(String scope, String idemKey) {
            this.scope = scope;
            this.idemKey = idemKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(scope, k.scope) && Objects.equals(idemKey, k.idemKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scope, idemKey);
        }
    }
}
