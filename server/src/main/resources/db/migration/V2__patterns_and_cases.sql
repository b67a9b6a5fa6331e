-- Vigil schema, version 2: subject keys per observation (what the pattern engine reads by key and
-- time), cases with their subjects, observations, matches and history, and security's markers.
-- Portable SQL: the same file runs on the embedded H2 and on PostgreSQL.

CREATE TABLE observation_key (
    observation_id  VARCHAR(36)   NOT NULL REFERENCES observation (id),
    key_type        VARCHAR(16)   NOT NULL,
    key_value       VARCHAR(120)  NOT NULL,
    tenant_id       VARCHAR(63)   NOT NULL,
    property_id     VARCHAR(63)   NOT NULL,
    observed_at     TIMESTAMP     NOT NULL,
    PRIMARY KEY (observation_id, key_type, key_value)
);
-- the engine's one hot path: a key's observations within a window
CREATE INDEX observation_key_by_key_time ON observation_key (tenant_id, key_type, key_value, observed_at);

-- keys of the observations filed before this version
INSERT INTO observation_key (observation_id, key_type, key_value, tenant_id, property_id, observed_at)
    SELECT id, 'ROOM_STAY', stay_id, tenant_id, property_id, observed_at FROM observation WHERE stay_id IS NOT NULL;
INSERT INTO observation_key (observation_id, key_type, key_value, tenant_id, property_id, observed_at)
    SELECT id, 'AREA', property_id || ':' || LOWER(area), tenant_id, property_id, observed_at
    FROM observation WHERE stay_id IS NULL AND area IS NOT NULL;
INSERT INTO observation_key (observation_id, key_type, key_value, tenant_id, property_id, observed_at)
    SELECT DISTINCT s.observation_id, CASE WHEN s.kind = 'BOOKER' THEN 'PAYER' ELSE s.kind END, s.token,
           o.tenant_id, o.property_id, o.observed_at
    FROM observation_subject s JOIN observation o ON o.id = s.observation_id;

ALTER TABLE observation ADD COLUMN note_flagged BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE case_file (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(63)   NOT NULL,
    property_id      VARCHAR(63)   NOT NULL,
    severity         VARCHAR(8)    NOT NULL,
    severity_rank    INTEGER       NOT NULL,
    score            INTEGER       NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    primary_type     VARCHAR(16)   NOT NULL,
    primary_value    VARCHAR(120)  NOT NULL,
    merged_into      VARCHAR(36),
    created_at       TIMESTAMP     NOT NULL,
    updated_at       TIMESTAMP     NOT NULL,
    version          BIGINT        NOT NULL
);
CREATE INDEX case_file_by_queue ON case_file (tenant_id, property_id, severity_rank, updated_at);

CREATE TABLE case_subject (
    case_id     VARCHAR(36)   NOT NULL REFERENCES case_file (id),
    key_type    VARCHAR(16)   NOT NULL,
    key_value   VARCHAR(120)  NOT NULL,
    PRIMARY KEY (case_id, key_type, key_value)
);
CREATE INDEX case_subject_by_key ON case_subject (key_type, key_value);

CREATE TABLE case_observation (
    case_id         VARCHAR(36)  NOT NULL REFERENCES case_file (id),
    observation_id  VARCHAR(36)  NOT NULL REFERENCES observation (id),
    PRIMARY KEY (case_id, observation_id)
);
CREATE INDEX case_observation_by_observation ON case_observation (observation_id);

CREATE TABLE case_match (
    id               VARCHAR(36)     NOT NULL PRIMARY KEY,
    case_id          VARCHAR(36)     NOT NULL REFERENCES case_file (id),
    rule_id          VARCHAR(31)     NOT NULL,
    rule_title       VARCHAR(200)    NOT NULL,
    tier             VARCHAR(2)      NOT NULL,
    subject_type     VARCHAR(16)     NOT NULL,
    subject_value    VARCHAR(120)    NOT NULL,
    window_start     TIMESTAMP       NOT NULL,
    window_end       TIMESTAMP       NOT NULL,
    observation_ids  VARCHAR(8000)   NOT NULL,
    score            INTEGER         NOT NULL,
    explanation      VARCHAR(16000)  NOT NULL,
    matched_at       TIMESTAMP       NOT NULL
);
CREATE INDEX case_match_by_case ON case_match (case_id);

CREATE TABLE case_event (
    id           VARCHAR(36)    NOT NULL PRIMARY KEY,
    case_id      VARCHAR(36)    NOT NULL REFERENCES case_file (id),
    occurred_at  TIMESTAMP      NOT NULL,
    actor        VARCHAR(100)   NOT NULL,
    kind         VARCHAR(30)    NOT NULL,
    detail       VARCHAR(4000),
    note         VARCHAR(4000)
);
CREATE INDEX case_event_by_case ON case_event (case_id, occurred_at);

CREATE TABLE subject_marker (
    id           VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant_id    VARCHAR(63)    NOT NULL,
    property_id  VARCHAR(63),
    key_type     VARCHAR(16)    NOT NULL,
    key_value    VARCHAR(120)   NOT NULL,
    marker       VARCHAR(20)    NOT NULL,
    reason       VARCHAR(1000)  NOT NULL,
    created_by   VARCHAR(100)   NOT NULL,
    created_at   TIMESTAMP      NOT NULL,
    lifted_by    VARCHAR(100),
    lifted_at    TIMESTAMP,
    lift_reason  VARCHAR(1000)
);
CREATE INDEX subject_marker_by_key ON subject_marker (tenant_id, key_type, key_value);
