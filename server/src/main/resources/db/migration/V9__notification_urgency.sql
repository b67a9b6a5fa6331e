-- Vigil schema, version 9: the dispatcher takes the most urgent notifications first (an URGENT case's
-- e-mail never waits behind a WATCH case's webhook), and claims them with SKIP LOCKED on this index.
ALTER TABLE notification ADD COLUMN urgency INTEGER DEFAULT 0 NOT NULL;
CREATE INDEX notification_by_urgency ON notification (status, urgency, created_at);
