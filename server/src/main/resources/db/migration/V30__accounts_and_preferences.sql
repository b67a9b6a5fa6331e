-- Accounts a hotel runs itself: disabled accounts keep their row (audit names them), a reset
-- password must be replaced at the next sign-in, and the version column guards concurrent edits.
ALTER TABLE app_user ADD COLUMN enabled BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE app_user ADD COLUMN updated_at TIMESTAMP;
ALTER TABLE app_user ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX app_user_by_scope ON app_user (tenant_id, property_id);

-- What the web pages remember per person, whether they sign in with a password, a bearer token or
-- OpenID Connect (those have no app_user row): the language and discreet mode.
CREATE TABLE user_preference (
    tenant_id   VARCHAR(63)   NOT NULL,
    username    VARCHAR(100)  NOT NULL,
    lang        VARCHAR(12),
    discreet    BOOLEAN       DEFAULT FALSE NOT NULL,
    updated_at  TIMESTAMP     NOT NULL,
    PRIMARY KEY (tenant_id, username)
);
