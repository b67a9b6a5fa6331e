-- Vigil schema, version 20: what connectors learn from the property-management system (PMS), tokens only.
-- Portable SQL: the same file runs on the embedded H2 and on PostgreSQL.

-- Subject keys an observation got from its stay in the PMS (reservation, reservation group, guests, booker, payer),
-- at filing or later when the PMS answered: beside the keys it was filed with, never instead of them.
CREATE TABLE observation_stay_key (
    observation_id  VARCHAR(36)   NOT NULL REFERENCES observation (id),
    key_type        VARCHAR(16)   NOT NULL,
    key_value       VARCHAR(120)  NOT NULL,
    PRIMARY KEY (observation_id, key_type, key_value)
);

-- Whether an observation's stay was resolved through its property's connector: LINKED, PENDING (the retry job asks
-- again at next_attempt_at), NOT_FOUND (the PMS knows no such reservation or room stay; a webhook may still link it).
CREATE TABLE observation_pms_link (
    observation_id   VARCHAR(36)   NOT NULL PRIMARY KEY REFERENCES observation (id),
    tenant_id        VARCHAR(63)   NOT NULL,
    property_id      VARCHAR(63)   NOT NULL,
    room             VARCHAR(20),
    filed_ref        VARCHAR(100),
    observed_at      TIMESTAMP     NOT NULL,
    state            VARCHAR(12)   NOT NULL,
    reservation_ref  VARCHAR(100),
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP,
    last_error       VARCHAR(300),
    created_at       TIMESTAMP     NOT NULL,
    linked_at        TIMESTAMP
);
-- the retry job's one question: what is pending and due
CREATE INDEX observation_pms_link_due ON observation_pms_link (state, next_attempt_at);
-- a PMS update finds the observations of its reservation
CREATE INDEX observation_pms_link_by_ref ON observation_pms_link (property_id, reservation_ref);
CREATE INDEX observation_pms_link_by_filed ON observation_pms_link (property_id, filed_ref);

-- The stay context as the PMS last gave it, per property and reservation: dates, occupancy, channel, payment class
-- and tokens; never a name, an e-mail address or a card.
CREATE TABLE pms_stay (
    property_id          VARCHAR(63)    NOT NULL,
    reservation_ref      VARCHAR(100)   NOT NULL,
    system_id            VARCHAR(40)    NOT NULL,
    confirmation_number  VARCHAR(100),
    status               VARCHAR(12)    NOT NULL,
    room                 VARCHAR(20),
    arrival              DATE,
    departure            DATE,
    checked_in_at        TIMESTAMP,
    checked_out_at       TIMESTAMP,
    adults               INTEGER        NOT NULL,
    children             INTEGER        NOT NULL,
    child_ages           VARCHAR(200),
    channel              VARCHAR(60),
    channel_kind         VARCHAR(20)    NOT NULL,
    group_token          VARCHAR(80),
    guest_token          VARCHAR(80),
    companion_tokens     VARCHAR(2000),
    booker_token         VARCHAR(80),
    payer_token          VARCHAR(80),
    payment_method       VARCHAR(20)    NOT NULL,
    pms_updated_at       TIMESTAMP      NOT NULL,
    fetched_at           TIMESTAMP      NOT NULL,
    removed              BOOLEAN        DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_pms_stay PRIMARY KEY (property_id, reservation_ref)
);
CREATE INDEX pms_stay_by_departure ON pms_stay (departure);

-- PMS events received (webhooks) or polled, by ids only, kept until handled so a restart loses none.
CREATE TABLE pms_event (
    id               VARCHAR(36)    NOT NULL PRIMARY KEY,
    property_id      VARCHAR(63)    NOT NULL,
    event_key        VARCHAR(200)   NOT NULL,
    event_type       VARCHAR(100)   NOT NULL,
    entity_id        VARCHAR(100),
    occurred_at      TIMESTAMP      NOT NULL,
    received_at      TIMESTAMP      NOT NULL,
    attempts         INTEGER        NOT NULL,
    next_attempt_at  TIMESTAMP      NOT NULL,
    last_error       VARCHAR(300)
);
CREATE INDEX pms_event_due ON pms_event (next_attempt_at);
CREATE INDEX pms_event_by_key ON pms_event (property_id, event_key);
