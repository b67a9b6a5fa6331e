-- Vigil schema, version 50: keys with ids, and the tamper-evident audit trail.
-- Portable SQL: the same file runs on the embedded H2 and on PostgreSQL.

-- Each tenant's keys, one family per use (t: tokens and fingerprints, n: notes, a: the audit chain, and
-- "legacy": the tenant secret as it was before keys had ids), each wrapped (AES-256-GCM) under a key derived
-- from the tenant secret, which is never stored. wrapped_by names that secret without revealing it.
CREATE TABLE tenant_key (
    tenant_id   VARCHAR(63)   NOT NULL,
    key_id      VARCHAR(16)   NOT NULL,
    family      VARCHAR(16)   NOT NULL,
    wrapped     VARCHAR(400)  NOT NULL,
    wrapped_by  VARCHAR(24)   NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    CONSTRAINT pk_tenant_key PRIMARY KEY (tenant_id, key_id)
);

-- Every audit entry takes its place in its tenant's chain: seq 1, 2, 3, ..., the previous entry's seal and its
-- own (HMAC-SHA256 under the tenant's audit key, whose id it names). Entries written before this version are
-- sealed at the next start, oldest first.
ALTER TABLE audit_entry ADD COLUMN seq BIGINT;
ALTER TABLE audit_entry ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN entry_hash VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN key_id VARCHAR(16);
CREATE UNIQUE INDEX audit_entry_by_chain ON audit_entry (tenant_id, seq);

-- The head of each chain: appending locks it until the transaction ends, so concurrent appends take turns.
CREATE TABLE audit_chain_head (
    tenant_id  VARCHAR(63)  NOT NULL,
    seq        BIGINT       NOT NULL,
    last_hash  VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_audit_chain_head PRIMARY KEY (tenant_id)
);
