-- Vigil schema, version 5: compliance evidence a property keeps. Staff training (one entry per
-- training received or per hire not yet trained), checks of the posted notices, and the operator's
-- registration data. Version 4 belongs to another change; Flyway runs the versions in order.

CREATE TABLE training_record (
    id              VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(63)    NOT NULL,
    property_id     VARCHAR(63)    NOT NULL,
    employee_ref    VARCHAR(100)   NOT NULL,
    employee_name   VARCHAR(200),
    hire_date       DATE           NOT NULL,
    training_date   DATE,
    provider        VARCHAR(200),
    certified_on    DATE,
    recorded_by     VARCHAR(100)   NOT NULL,
    recorded_at     TIMESTAMP      NOT NULL
);
CREATE INDEX training_record_by_property ON training_record (tenant_id, property_id, employee_ref);

CREATE TABLE training_topic (
    record_id       VARCHAR(36)    NOT NULL REFERENCES training_record (id),
    ordinal         INTEGER        NOT NULL,
    topic           VARCHAR(100)   NOT NULL,
    PRIMARY KEY (record_id, ordinal)
);

CREATE TABLE notice_check (
    id              VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(63)    NOT NULL,
    property_id     VARCHAR(63)    NOT NULL,
    notice_id       VARCHAR(80)    NOT NULL,
    location        VARCHAR(200)   NOT NULL,
    checked_at      TIMESTAMP      NOT NULL,
    posted          BOOLEAN        NOT NULL,
    recorded_by     VARCHAR(100)   NOT NULL,
    recorded_at     TIMESTAMP      NOT NULL
);
CREATE INDEX notice_check_by_property ON notice_check (tenant_id, property_id, checked_at);

CREATE TABLE operator_registration (
    property_id          VARCHAR(63)    NOT NULL PRIMARY KEY,
    tenant_id            VARCHAR(63)    NOT NULL,
    operator_name        VARCHAR(200)   NOT NULL,
    operator_phone       VARCHAR(40),
    operator_email       VARCHAR(254),
    operator_address     VARCHAR(500),
    contact_name         VARCHAR(200)   NOT NULL,
    contact_phone        VARCHAR(40),
    contact_email        VARCHAR(254),
    contact_address      VARCHAR(500),
    property_address     VARCHAR(500)   NOT NULL,
    registered_on        DATE,
    registration_number  VARCHAR(100),
    updated_by           VARCHAR(100)   NOT NULL,
    updated_at           TIMESTAMP      NOT NULL,
    version              BIGINT         NOT NULL
);
