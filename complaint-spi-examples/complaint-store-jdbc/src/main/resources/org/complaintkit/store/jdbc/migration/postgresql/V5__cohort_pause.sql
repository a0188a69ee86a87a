-- ComplaintKit JDBC store, schema version 5 (PostgreSQL): regulators' cohort pause orders (DISP App 5) and how far
-- applying each has come, so that every node registers complaints paused while an order stands and a fresh engine
-- continues an order a crashed one left mid-way. Lists (clock ids, product codes) are held one per line; instants
-- as epoch nanoseconds, as in version 1. Each write replaces the row whole under its revision.

CREATE TABLE ck_cohort_order (
    reference        VARCHAR(64)   COLLATE "C" PRIMARY KEY,
    reason           VARCHAR(500)  NOT NULL,
    clock_ids        VARCHAR(4000) NOT NULL,
    class_code       VARCHAR(500),
    products         VARCHAR(4000) NOT NULL,
    unit_id          VARCHAR(128),
    received_from    BIGINT,
    received_before  BIGINT,
    phase            VARCHAR(16)   NOT NULL,
    issued_at        BIGINT        NOT NULL,
    issued_by        VARCHAR(128)  NOT NULL,
    cursor_id        VARCHAR(128)  COLLATE "C",
    applied          BIGINT        NOT NULL,
    already          BIGINT        NOT NULL,
    skipped          BIGINT        NOT NULL,
    revision         BIGINT        NOT NULL
);

-- each registration reads the standing orders
CREATE INDEX ck_cohort_order_phase ON ck_cohort_order (phase);
