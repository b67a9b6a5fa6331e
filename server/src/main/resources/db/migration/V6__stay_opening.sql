-- A new stay is opened only while holding its room's row here, so two first filings about a room take turns and
-- the second joins the stay the first opened instead of opening another (and so another case). One row per room
-- that ever opened a stay, and one per property for filings that name a reservation but no room: room numbers only,
-- nothing about a guest, so the rows are kept.
CREATE TABLE stay_opening (
    property_id VARCHAR(63) NOT NULL,
    place       VARCHAR(30) NOT NULL,
    CONSTRAINT pk_stay_opening PRIMARY KEY (property_id, place)
);
