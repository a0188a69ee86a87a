-- ComplaintKit JDBC store, schema version 6: each complaint's report projection (ReportProjection), the facts its
-- reports count encoded by the engine, kept on the complaint's row and written in the same transaction as its
-- events, so that a report reads one row per complaint instead of decoding and folding its history. The store
-- never reads the text; projection_revision names its layout, and a reader folds the history of a row whose
-- revision it does not read.
--
-- A SQL migration cannot fold events: rows written under versions 1 to 5 have no projection (both columns NULL)
-- until their complaint's next append or until the host runs the engine's projection rebuild once
-- (ComplaintEngine.rebuildProjections); reports fold those complaints meanwhile, so their figures stay right.

ALTER TABLE ck_complaint ADD COLUMN projection_revision INTEGER;
ALTER TABLE ck_complaint ADD COLUMN projection TEXT;
