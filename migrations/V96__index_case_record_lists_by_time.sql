-- The case-record lists sorted by createdAt or updatedAt (GET /api/v1/detentions, cases, charges,
-- trials, recognitions; either direction): detentions had no index on either, the others none on
-- updated_at, so a page sorted by them sorted the whole table. At 1,198,008 persons (2,765,734
-- detentions, docs/search.md) such a page took 1.2 to 2.8 s; with these the planner walks the index
-- and stops after a page, as it does for createdAt where an index was there.
CREATE INDEX detention_created_idx ON detention (created_at, id);
CREATE INDEX detention_updated_idx ON detention (updated_at, id);
CREATE INDEX case_file_updated_idx ON case_file (updated_at, id);
CREATE INDEX charge_updated_idx ON charge (updated_at, id);
CREATE INDEX trial_updated_idx ON trial (updated_at, id);
CREATE INDEX recognition_updated_idx ON recognition (updated_at, id);
