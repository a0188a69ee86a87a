-- ComplaintKit personal-data keys, schema version 1 of the key store (its own Flyway history,
-- ck_key_schema_history): one AES-256 key per complaint. Keep this table in a database of its own, apart from the
-- complaint events and their backups: a restored backup holding a destroyed key would bring erased data back.
-- A destroyed key keeps its row with key_bytes NULL and destroyed_at set, so it answers DESTROYED, not UNKNOWN.

CREATE TABLE ck_personal_data_key (
    key_ref      VARCHAR(64) NOT NULL PRIMARY KEY,
    complaint_id VARCHAR(64) NOT NULL,
    key_bytes    BYTEA,
    created_at   TIMESTAMP NOT NULL,
    destroyed_at TIMESTAMP
);
