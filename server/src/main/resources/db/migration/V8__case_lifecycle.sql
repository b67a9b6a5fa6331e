-- Vigil schema, version 8: what the case lifecycle and durable filing need.
-- Portable SQL: the same file runs on the embedded H2 and on PostgreSQL.

-- New evidence about the subjects of a dismissed or closed case opens a case that follows it (ADR 0012).
ALTER TABLE case_file ADD COLUMN follows VARCHAR(36);

-- Filings about the same subject key take turns (SubjectHolds): one row per slot, a number derived from the
-- tenant and the key, so no token is stored here and the table never holds more than 8,192 rows.
CREATE TABLE subject_hold (
    slot INTEGER NOT NULL,
    CONSTRAINT pk_subject_hold PRIMARY KEY (slot)
);

-- An idempotency record is purged with the observation it answers, or once it is older than the observation
-- window (a retry that late would be refused anyway).
ALTER TABLE idempotency_record ADD COLUMN observation_id VARCHAR(36);
CREATE INDEX idempotency_record_by_observation ON idempotency_record (observation_id);
CREATE INDEX idempotency_record_by_age ON idempotency_record (created_at);

-- Every pending step is watched from its deadline on (it goes overdue then), not only those the protocol escalates.
UPDATE case_action SET next_escalation_at = deadline_at WHERE next_escalation_at IS NULL AND state = 'OPEN';
