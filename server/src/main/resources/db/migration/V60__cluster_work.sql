-- Vigil schema, version 60: what several servers on one database share beyond the data itself.
-- Portable SQL: the same file runs on the embedded H2 and on PostgreSQL.

-- Work that one server of a cluster does at a time. A server takes a job by moving held_until into the future with
-- a compare-and-set (the nightly retention purge, each connector's polling), or locks the row for the length of
-- one transaction (startup's seeding of demo users and the first administrator, which two servers starting
-- together would otherwise both insert).
CREATE TABLE job_lease (
    name        VARCHAR(120)  NOT NULL,
    held_by     VARCHAR(120),
    held_until  TIMESTAMP,
    CONSTRAINT pk_job_lease PRIMARY KEY (name)
);
INSERT INTO job_lease (name) VALUES ('startup');
INSERT INTO job_lease (name) VALUES ('retention');

-- When a property's PMS last announced a change of a stay (a webhook or a polled event). Each server keeps the stays
-- it resolved in memory for a few minutes; an entry older than this mark is not used, so a change that reached
-- one server reaches the others at their next filing.
CREATE TABLE pms_change (
    property_id  VARCHAR(63)  NOT NULL,
    changed_at   TIMESTAMP    NOT NULL,
    CONSTRAINT pk_pms_change PRIMARY KEY (property_id)
);
