-- R-TR-1: departments review their units' targets before finance does (issue 16). A target
-- review may now be a department's, and a department's own target that was waiting for the
-- business section moves to 部门已审核, where the section now finds it (a department does not
-- review itself).

-- SQLite cannot alter a CHECK constraint: the table is rebuilt, ids and all.
{{sqlite}} CREATE TABLE target_reviews_new (
  id INTEGER PRIMARY KEY,
  target_id BIGINT NOT NULL REFERENCES targets (id),
  reviewer_id BIGINT NOT NULL REFERENCES users (id),
  stage TEXT NOT NULL CHECK (stage IN ('department', 'section', 'expert', 'office')),
  decision TEXT NOT NULL,
  scores TEXT NOT NULL DEFAULT '{}',
  total BIGINT NOT NULL DEFAULT -1,
  grade TEXT NOT NULL DEFAULT '',
  pass_mark BIGINT NOT NULL DEFAULT -1,
  comment TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
{{sqlite}} INSERT INTO target_reviews_new (id, target_id, reviewer_id, stage, decision, scores,
  total, grade, pass_mark, comment, created_at)
SELECT id, target_id, reviewer_id, stage, decision, scores, total, grade, pass_mark, comment,
  created_at FROM target_reviews;
{{sqlite}} DROP TABLE target_reviews;
{{sqlite}} ALTER TABLE target_reviews_new RENAME TO target_reviews;
{{sqlite}} CREATE INDEX target_reviews_target ON target_reviews (target_id, id);

{{postgresql}} ALTER TABLE target_reviews DROP CONSTRAINT target_reviews_stage_check;
{{postgresql}} ALTER TABLE target_reviews ADD CONSTRAINT target_reviews_stage_check
  CHECK (stage IN ('department', 'section', 'expert', 'office'));

-- target_totals counts by status: the moved targets leave 'submitted' and join
-- 'department_reviewed' (the rows' key as targets/repo.cpp writes it).
INSERT INTO target_totals (year, region_id, department_id, kind, fund_type, cancelled, status,
  targets, not_funded, amount_fen)
SELECT t.year, t.region_id, t.department_id, t.kind, COALESCE(p.fund_type, ''),
  CASE WHEN p.status = 'cancelled' THEN 1 ELSE 0 END, s.status,
  s.sign * COUNT(*), s.sign * SUM(t.not_funded), s.sign * COALESCE(SUM(p.amount_fen), 0)
FROM targets t LEFT JOIN projects p ON p.id = t.project_id
  CROSS JOIN (SELECT 'submitted' AS status, -1 AS sign
              UNION ALL SELECT 'department_reviewed', 1) s
WHERE t.status = 'submitted' AND t.unit_id = t.department_id
GROUP BY t.year, t.region_id, t.department_id, t.kind, COALESCE(p.fund_type, ''),
  CASE WHEN p.status = 'cancelled' THEN 1 ELSE 0 END, s.status, s.sign
ON CONFLICT (year, region_id, department_id, kind, fund_type, cancelled, status) DO UPDATE SET
  targets = target_totals.targets + excluded.targets,
  not_funded = target_totals.not_funded + excluded.not_funded,
  amount_fen = target_totals.amount_fen + excluded.amount_fen;

UPDATE targets SET status = 'department_reviewed', version = version + 1
WHERE status = 'submitted' AND unit_id = department_id;
