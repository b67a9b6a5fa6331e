-- Vigil schema, version 1: observations, stays, audit, idempotency, users.
-- Portable SQL: the same file runs on the embedded H2 and on PostgreSQL.

CREATE TABLE stay (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    property_id      VARCHAR(63)  NOT NULL,
    room             VARCHAR(20),
    reservation_ref  VARCHAR(100),
    first_seen_at    TIMESTAMP    NOT NULL,
    last_seen_at     TIMESTAMP    NOT NULL,
    version          BIGINT       NOT NULL
);
CREATE INDEX stay_by_reservation ON stay (property_id, reservation_ref);
CREATE INDEX stay_by_room ON stay (property_id, room, last_seen_at);

CREATE TABLE observation (
    id                       VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant_id                VARCHAR(63)    NOT NULL,
    property_id              VARCHAR(63)    NOT NULL,
    observed_at              TIMESTAMP      NOT NULL,
    observed_offset_seconds  INTEGER        NOT NULL,
    received_at              TIMESTAMP      NOT NULL,
    reporter_id              VARCHAR(100)   NOT NULL,
    reporter_role            VARCHAR(8)     NOT NULL,
    filed_by                 VARCHAR(100)   NOT NULL,
    room                     VARCHAR(20),
    area                     VARCHAR(100),
    reservation_ref          VARCHAR(100),
    stay_id                  VARCHAR(36)    REFERENCES stay (id),
    note_ciphertext          VARCHAR(16000)
);
CREATE INDEX observation_by_property_time ON observation (tenant_id, property_id, observed_at);
CREATE INDEX observation_by_stay_time ON observation (stay_id, observed_at);

CREATE TABLE observation_indicator (
    observation_id  VARCHAR(36)  NOT NULL REFERENCES observation (id),
    ordinal         INTEGER      NOT NULL,
    code            VARCHAR(41)  NOT NULL,
    PRIMARY KEY (observation_id, ordinal)
);
CREATE INDEX observation_indicator_by_code ON observation_indicator (code);

CREATE TABLE observation_subject (
    observation_id  VARCHAR(36)  NOT NULL REFERENCES observation (id),
    kind            VARCHAR(16)  NOT NULL,
    token           VARCHAR(80)  NOT NULL,
    PRIMARY KEY (observation_id, kind, token)
);
CREATE INDEX observation_subject_by_token ON observation_subject (kind, token);

CREATE TABLE audit_entry (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP     NOT NULL,
    tenant_id    VARCHAR(63)   NOT NULL,
    property_id  VARCHAR(63),
    actor        VARCHAR(100)  NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    target_type  VARCHAR(40)   NOT NULL,
    target_id    VARCHAR(64)
);
CREATE INDEX audit_entry_by_target ON audit_entry (target_type, target_id, occurred_at);

-- One row per (caller scope, key): the unique key is what makes concurrent retries safe.
CREATE TABLE idempotency_record (
    scope         VARCHAR(200)    NOT NULL,
    idem_key      VARCHAR(200)    NOT NULL,
    fingerprint   VARCHAR(64)     NOT NULL,
    receipt_json  VARCHAR(16000)  NOT NULL,
    created_at    TIMESTAMP       NOT NULL,
    PRIMARY KEY (scope, idem_key)
);

CREATE TABLE app_user (
    username        VARCHAR(100)  NOT NULL PRIMARY KEY,
    password_hash   VARCHAR(400)  NOT NULL,
    roles           VARCHAR(200)  NOT NULL,
    tenant_id       VARCHAR(63)   NOT NULL,
    property_id     VARCHAR(63),
    reporter_roles  VARCHAR(100)  NOT NULL,
    demo            BOOLEAN       NOT NULL,
    created_at      TIMESTAMP     NOT NULL
);
