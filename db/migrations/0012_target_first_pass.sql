-- The targets' first-pass rate (approved at the first submission ÷ decided): each target counts
-- the returns it had before it was first decided, and target_totals keeps how many of its
-- targets had none. Returns already made are read back from the audit log.
ALTER TABLE targets ADD COLUMN returns BIGINT NOT NULL DEFAULT 0;

UPDATE targets SET returns = (
  SELECT COUNT(*) FROM audit_log a
  WHERE a.entity = 'target' AND a.entity_id = targets.id AND a.action = 'return'
    AND (targets.decided_at IS NULL OR a.at < targets.decided_at));

ALTER TABLE target_totals ADD COLUMN first_pass BIGINT NOT NULL DEFAULT 0;

DELETE FROM target_totals;

INSERT INTO target_totals (year, region_id, department_id, kind, fund_type, cancelled, status,
  targets, not_funded, amount_fen, first_pass)
SELECT t.year, t.region_id, t.department_id, t.kind, COALESCE(p.fund_type, ''),
  CASE WHEN p.status = 'cancelled' THEN 1 ELSE 0 END, t.status, COUNT(*), SUM(t.not_funded),
  COALESCE(SUM(p.amount_fen), 0), SUM(CASE WHEN t.returns = 0 THEN 1 ELSE 0 END)
FROM targets t LEFT JOIN projects p ON p.id = t.project_id
GROUP BY t.year, t.region_id, t.department_id, t.kind, COALESCE(p.fund_type, ''),
  CASE WHEN p.status = 'cancelled' THEN 1 ELSE 0 END, t.status;
