-- ComplaintKit JDBC store, schema version 3: each command record's fingerprint, the SHA-256 (64 hex digits) of
-- the command's content but its idempotency key, so that a different command sent under a key already used is
-- refused (CMP-3005). Records written under versions 1 and 2 have none; the engine replays them as before.

ALTER TABLE ck_command ADD COLUMN fingerprint CHAR(64);
