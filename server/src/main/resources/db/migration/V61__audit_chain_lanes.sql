-- Vigil schema, version 61: each tenant's audit trail in lanes.
-- Portable SQL: the same file runs on the embedded H2 and on PostgreSQL.

-- A tenant's trail was one chain, so every transaction that audits held its single head until it committed,
-- and a whole chain of hotels filed one at a time behind each other's disk sync. Now it runs in lanes, each a
-- chain of its own (place, previous seal, seal) with a head of its own: an entry takes the first lane no other
-- transaction holds. Entries and heads from before are lane 0; the other lanes open at the next start.
ALTER TABLE audit_entry ADD COLUMN lane INTEGER DEFAULT 0 NOT NULL;
DROP INDEX audit_entry_by_chain;
CREATE UNIQUE INDEX audit_entry_by_chain ON audit_entry (tenant_id, lane, seq);

ALTER TABLE audit_chain_head ADD COLUMN lane INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE audit_chain_head DROP CONSTRAINT pk_audit_chain_head;
ALTER TABLE audit_chain_head ADD CONSTRAINT pk_audit_chain_head PRIMARY KEY (tenant_id, lane);
