-- ComplaintKit JDBC store, schema version 9: the version of the seal key each event's seal was made with, so
-- that the key behind the seals can rotate and a verifier checks each seal under its own version. Rows stored
-- before this version get 0, the legacy version: the key of a sealer of one key (or no key, for the unkeyed
-- default), which the host's key ring keeps as version 0.

ALTER TABLE ck_event ADD COLUMN seal_key_version INTEGER DEFAULT 0 NOT NULL;
