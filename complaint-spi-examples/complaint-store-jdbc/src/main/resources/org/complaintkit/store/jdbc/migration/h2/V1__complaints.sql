-- ComplaintKit JDBC store, schema version 1 (H2).
-- Instants are stored as epoch nanoseconds (BIGINT) so that comparisons are exact, as the SPI's reference
-- meaning requires; H2 compares text as Java does.

CREATE TABLE ck_complaint (
    complaint_id        VARCHAR(128) PRIMARY KEY,
    version             BIGINT       NOT NULL,
    status              VARCHAR(32)  NOT NULL,
    receiving_unit      VARCHAR(128) NOT NULL,
    handling_unit       VARCHAR(128),
    customer_ref        VARCHAR(128) NOT NULL,
    received_at         BIGINT       NOT NULL,
    last_changed_at     BIGINT       NOT NULL,
    next_due_at         BIGINT,
    fingerprint         VARCHAR(500),
    sweep_leased_until  BIGINT
);

-- the sweep: complaints with a clock due, earliest first; only rows with something due are indexed
CREATE INDEX ck_complaint_due ON ck_complaint (next_due_at, complaint_id);
-- repeat detection: one customer's complaints within a window
CREATE INDEX ck_complaint_customer ON ck_complaint (customer_ref, received_at);
-- group detection: one fingerprint within a window
CREATE INDEX ck_complaint_fingerprint ON ck_complaint (fingerprint, received_at);
-- a unit's complaints, received or handled there, paged by id
CREATE INDEX ck_complaint_receiving ON ck_complaint (receiving_unit, complaint_id);
CREATE INDEX ck_complaint_handling ON ck_complaint (handling_unit, complaint_id);
CREATE INDEX ck_complaint_status ON ck_complaint (status, complaint_id);

CREATE TABLE ck_event (
    complaint_id  VARCHAR(128) NOT NULL REFERENCES ck_complaint (complaint_id),
    sequence      BIGINT       NOT NULL,
    event_type    VARCHAR(64)  NOT NULL,
    occurred_at   BIGINT       NOT NULL,
    payload       VARCHAR       NOT NULL,
    PRIMARY KEY (complaint_id, sequence)
);

CREATE TABLE ck_command (
    idempotency_key  VARCHAR(256) PRIMARY KEY,
    complaint_id     VARCHAR(128) NOT NULL REFERENCES ck_complaint (complaint_id),
    command_type     VARCHAR(64)  NOT NULL,
    first_sequence   BIGINT       NOT NULL,
    last_sequence    BIGINT       NOT NULL
);

CREATE TABLE ck_outbox (
    dedupe_key       VARCHAR(512) PRIMARY KEY,
    complaint_id     VARCHAR(128) NOT NULL REFERENCES ck_complaint (complaint_id),
    source_sequence  BIGINT       NOT NULL,
    notification     VARCHAR       NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    attempts         INTEGER      NOT NULL,
    created_at       BIGINT       NOT NULL,
    next_attempt_at  BIGINT,
    leased_until     BIGINT,
    last_failure     VARCHAR
);

-- the dispatcher: pending notices, oldest due first
CREATE INDEX ck_outbox_due ON ck_outbox (status, next_attempt_at, dedupe_key);
CREATE INDEX ck_outbox_status ON ck_outbox (status, dedupe_key);
CREATE INDEX ck_outbox_complaint ON ck_outbox (complaint_id, source_sequence);
