-- ComplaintKit JDBC store, schema version 4: the queue facts of each complaint's index row (ComplaintIndex.queue()),
-- so that work queues search by handler, first-contact owner, priority, co-handler, class, flag, external reference
-- and overdue clock with indexes. Single facts are columns of ck_complaint; facts of which a complaint has several
-- are rows of ck_complaint_tag (kind, tag) and ck_complaint_clock (a running clock's deadline), rewritten with the
-- complaint's row at each append.
--
-- Rows written under versions 1 to 3 have no queue facts (first_contact_owner is NULL) until the complaint's next
-- append; the verifier reports their index row's queue facts as differing from the history.

ALTER TABLE ck_complaint ADD COLUMN handler VARCHAR(128) COLLATE "C";
ALTER TABLE ck_complaint ADD COLUMN first_contact_owner VARCHAR(128) COLLATE "C";
ALTER TABLE ck_complaint ADD COLUMN priority VARCHAR(16);
-- the earliest deadline of the running clocks: overdue at t, by any clock, means overdue_from < t
ALTER TABLE ck_complaint ADD COLUMN overdue_from BIGINT;

-- a handler's and an owner's queue, paged by id
CREATE INDEX ck_complaint_handler ON ck_complaint (handler, complaint_id) WHERE handler IS NOT NULL;
CREATE INDEX ck_complaint_overdue ON ck_complaint (overdue_from, complaint_id) WHERE overdue_from IS NOT NULL;
CREATE INDEX ck_complaint_owner ON ck_complaint (first_contact_owner, complaint_id) WHERE first_contact_owner IS NOT NULL;

-- kind is CO_HANDLER (a unit id), CLASS (scheme:code), FLAG (a QueueFlag name) or REFERENCE (an external reference);
-- the key answers "complaints with this tag, after this id, by id" from the index alone
CREATE TABLE ck_complaint_tag (
    kind          VARCHAR(16)  NOT NULL,
    tag           VARCHAR(500) COLLATE "C" NOT NULL,
    complaint_id  VARCHAR(128) COLLATE "C" NOT NULL REFERENCES ck_complaint (complaint_id),
    PRIMARY KEY (kind, tag, complaint_id)
);
CREATE INDEX ck_complaint_tag_complaint ON ck_complaint_tag (complaint_id);

-- each running clock's deadline, for the overdue query that names a clock: a deadline before t
CREATE TABLE ck_complaint_clock (
    complaint_id  VARCHAR(128) COLLATE "C" NOT NULL REFERENCES ck_complaint (complaint_id),
    clock_id      VARCHAR(500) COLLATE "C" NOT NULL,
    deadline      BIGINT       NOT NULL,
    PRIMARY KEY (complaint_id, clock_id)
);
CREATE INDEX ck_complaint_clock_deadline ON ck_complaint_clock (deadline, complaint_id);
CREATE INDEX ck_complaint_clock_by_id ON ck_complaint_clock (clock_id, deadline, complaint_id);
