-- ComplaintKit JDBC store, schema version 2: each event's seal, a SHA-256 or HMAC-SHA-256 hash (64 hex
-- digits) chained to the seal of the event before it. Events stored under version 1 have none; a verifier
-- reports them as unsealed.

ALTER TABLE ck_event ADD COLUMN seal CHAR(64);
