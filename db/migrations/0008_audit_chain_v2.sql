-- The audit chain's second hash (audit/log.cpp, row_hash_v2): it covers the row's id, tells NULL
-- from 0, and rows are numbered without gaps, so that renumbering, a NULL changed to 0 and a
-- missing row are found and named. Rows written before keep version 1 and verify as they were.
ALTER TABLE audit_log ADD COLUMN hash_version BIGINT NOT NULL DEFAULT 1;
