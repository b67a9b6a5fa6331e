-- Vigil schema, version 4: the outbox of notifications, written in the transaction that causes
-- them and delivered afterwards by the dispatcher; whom an overdue action notifies; mandated reporters.

ALTER TABLE case_action ADD COLUMN notify_channels VARCHAR(400);

-- staff who are mandated reporters in another licensed capacity (protocol condition mandated_reporter)
ALTER TABLE app_user ADD COLUMN mandated_reporter BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE case_file ADD COLUMN mandated_reporter BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE notification (
    id               VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(63)    NOT NULL,
    property_id      VARCHAR(63)    NOT NULL,
    case_id          VARCHAR(36),
    event            VARCHAR(40)    NOT NULL,
    route            VARCHAR(320)   NOT NULL,
    subject          VARCHAR(200)   NOT NULL,
    body_text        VARCHAR(2000)  NOT NULL,
    body_json        VARCHAR(8000)  NOT NULL,
    status           VARCHAR(12)    NOT NULL,
    attempts         INTEGER        NOT NULL,
    next_attempt_at  TIMESTAMP,
    lease_until      TIMESTAMP,
    last_error       VARCHAR(300),
    created_at       TIMESTAMP      NOT NULL,
    delivered_at     TIMESTAMP,
    version          BIGINT         NOT NULL
);
-- the dispatcher's one question: what is waiting and due
CREATE INDEX notification_due ON notification (status, next_attempt_at);
CREATE INDEX notification_by_tenant ON notification (tenant_id, status, created_at);
CREATE INDEX notification_by_case ON notification (case_id);
