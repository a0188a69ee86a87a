-- ComplaintKit JDBC store, schema version 6 (H2): each complaint's report projection; see the PostgreSQL script of
-- the same version. Rows written under versions 1 to 5 have none until their next append or the engine's
-- projection rebuild; reports fold them meanwhile.

ALTER TABLE ck_complaint ADD COLUMN projection_revision INTEGER;
ALTER TABLE ck_complaint ADD COLUMN projection VARCHAR;
