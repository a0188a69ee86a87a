-- ComplaintKit JDBC store, schema version 7: retention (issue 27). Each command record keeps when its command was
-- applied (the time of its last event), so that the purge deletes idempotency records past their retention oldest
-- first in bounded batches; records written before this version take the time from their last event. The outbox
-- gets an index by status and creation time for the purge of delivered notices and dead letters, and the command
-- records one by complaint for the deletion of a whole complaint.

ALTER TABLE ck_command ADD COLUMN applied_at BIGINT;
UPDATE ck_command SET applied_at = (SELECT e.occurred_at FROM ck_event e
    WHERE e.complaint_id = ck_command.complaint_id AND e.sequence = ck_command.last_sequence);
CREATE INDEX ck_command_applied ON ck_command (applied_at, idempotency_key);
CREATE INDEX ck_command_complaint ON ck_command (complaint_id);
CREATE INDEX ck_outbox_settled ON ck_outbox (status, created_at, dedupe_key);
