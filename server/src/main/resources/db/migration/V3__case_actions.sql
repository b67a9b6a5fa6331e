-- Vigil schema, version 3: the protocol's actions on cases, tracked until acknowledged, escalated
-- when overdue; and the circumstances protocol conditions ask about.

ALTER TABLE case_file ADD COLUMN minor_involved BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE case_file ADD COLUMN controller_present BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE case_action (
    id                  VARCHAR(36)    NOT NULL PRIMARY KEY,
    case_id             VARCHAR(36)    NOT NULL REFERENCES case_file (id),
    action_id           VARCHAR(80)    NOT NULL,
    kind                VARCHAR(30)    NOT NULL,
    who                 VARCHAR(16)    NOT NULL,
    channel             VARCHAR(60),
    severity            VARCHAR(8)     NOT NULL,
    protocol            VARCHAR(120)   NOT NULL,
    provenance          VARCHAR(10)    NOT NULL,
    optional            BOOLEAN        NOT NULL,
    deadline_at         TIMESTAMP      NOT NULL,
    state               VARCHAR(12)    NOT NULL,
    escalate_to         VARCHAR(16),
    repeat_minutes      INTEGER,
    escalations         INTEGER        NOT NULL,
    next_escalation_at  TIMESTAMP,
    created_at          TIMESTAMP      NOT NULL,
    acknowledged_by     VARCHAR(100),
    acknowledged_at     TIMESTAMP,
    ack_note            VARCHAR(2000),
    version             BIGINT         NOT NULL
);
CREATE INDEX case_action_by_case ON case_action (case_id);
-- the deadline watch's one question: what is open and due
CREATE INDEX case_action_due ON case_action (state, next_escalation_at);
