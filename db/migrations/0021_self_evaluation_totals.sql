-- Kept totals of the self-evaluations (自评统计): counts and money of each year's evaluations by
-- region, department, kind (project or department overall), status and grade, with how many of
-- them the review sampled, reviewed and found inflated (R-RV-1, R-RV-2) and their money. Kept by
-- every write of an evaluation or of its sample in the same transaction, so the statistics of a
-- province's year (a million evaluations) sum a few thousand rows. Rows whose counts fall to zero
-- stay; readers ignore them. The findings the review hands to the ledger are counted there, by
-- their due dates (R-RA-1).
CREATE TABLE self_evaluation_totals (
  year BIGINT NOT NULL,
  region_id BIGINT NOT NULL,
  department_id BIGINT NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  grade TEXT NOT NULL,
  evaluations BIGINT NOT NULL,
  budget_fen BIGINT NOT NULL,
  executed_fen BIGINT NOT NULL,
  sampled BIGINT NOT NULL,
  sampled_fen BIGINT NOT NULL,
  reviewed BIGINT NOT NULL,
  reviewed_fen BIGINT NOT NULL,
  inflated BIGINT NOT NULL,
  PRIMARY KEY (year, region_id, department_id, kind, status, grade)
);

INSERT INTO self_evaluation_totals (year, region_id, department_id, kind, status, grade,
  evaluations, budget_fen, executed_fen, sampled, sampled_fen, reviewed, reviewed_fen, inflated)
SELECT e.year, e.region_id, e.department_id, e.kind, e.status, e.grade, COUNT(*),
  SUM(e.budget_fen), SUM(e.executed_fen),
  SUM(CASE WHEN x.id IS NULL THEN 0 ELSE 1 END),
  SUM(CASE WHEN x.id IS NULL THEN 0 ELSE e.budget_fen END),
  SUM(CASE WHEN x.status = 'reviewed' THEN 1 ELSE 0 END),
  SUM(CASE WHEN x.status = 'reviewed' THEN e.budget_fen ELSE 0 END),
  SUM(CASE WHEN x.status = 'reviewed' AND x.inflated = 1 THEN 1 ELSE 0 END)
FROM self_evaluations e LEFT JOIN self_evaluation_review_samples x ON x.evaluation_id = e.id
GROUP BY e.year, e.region_id, e.department_id, e.kind, e.status, e.grade;
