-- The warning run, the checkpoint's batch jobs and its walks read a checkpoint's reports in id
-- order, a batch after an id at a time. Without this index each batch searched every report of
-- the checkpoint and sorted them (SQLite), so a run grew with the square of its reports.
CREATE INDEX monitoring_reports_run ON monitoring_reports (checkpoint_id, id);
