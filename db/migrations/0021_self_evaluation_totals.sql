-- Kept totals of the self-evaluations (自评统计): each year's evaluations and their money by
-- region, department and kind (project or department overall), with how many are in each state
-- of the workflow (data/workflows/self_evaluation.json) and of each grade (R-GR-1; none until
-- graded), and how many the review sampled, reviewed and found inflated (R-RV-1, R-RV-2) with
-- their money. Kept by every write of an evaluation or of its sample in the same transaction, so
-- the statistics of a province's year (a million evaluations) sum one row per department and
-- kind. The states and grades are columns rather than keys: a key per state and grade made some
-- twenty rows of each department. Rows whose counts fall to zero stay; readers ignore them. The
-- findings the review hands to the ledger are counted there, by their due dates (R-RA-1).
CREATE TABLE self_evaluation_totals (
  year BIGINT NOT NULL,
  region_id BIGINT NOT NULL,
  department_id BIGINT NOT NULL,
  kind TEXT NOT NULL,
  evaluations BIGINT NOT NULL,
  budget_fen BIGINT NOT NULL,
  executed_fen BIGINT NOT NULL,
  pending BIGINT NOT NULL,
  returned BIGINT NOT NULL,
  submitted BIGINT NOT NULL,
  consolidated BIGINT NOT NULL,
  accepted BIGINT NOT NULL,
  excellent BIGINT NOT NULL,
  good BIGINT NOT NULL,
  fair BIGINT NOT NULL,
  poor BIGINT NOT NULL,
  sampled BIGINT NOT NULL,
  sampled_fen BIGINT NOT NULL,
  reviewed BIGINT NOT NULL,
  reviewed_fen BIGINT NOT NULL,
  inflated BIGINT NOT NULL,
  PRIMARY KEY (year, region_id, department_id, kind)
);

INSERT INTO self_evaluation_totals (year, region_id, department_id, kind, evaluations,
  budget_fen, executed_fen, pending, returned, submitted, consolidated, accepted, excellent, good,
  fair, poor, sampled, sampled_fen, reviewed, reviewed_fen, inflated)
SELECT e.year, e.region_id, e.department_id, e.kind, COUNT(*), SUM(e.budget_fen),
  SUM(e.executed_fen),
  SUM(CASE WHEN e.status = 'pending' THEN 1 ELSE 0 END),
  SUM(CASE WHEN e.status = 'returned' THEN 1 ELSE 0 END),
  SUM(CASE WHEN e.status = 'submitted' THEN 1 ELSE 0 END),
  SUM(CASE WHEN e.status = 'consolidated' THEN 1 ELSE 0 END),
  SUM(CASE WHEN e.status = 'accepted' THEN 1 ELSE 0 END),
  SUM(CASE WHEN e.grade = 'excellent' THEN 1 ELSE 0 END),
  SUM(CASE WHEN e.grade = 'good' THEN 1 ELSE 0 END),
  SUM(CASE WHEN e.grade = 'fair' THEN 1 ELSE 0 END),
  SUM(CASE WHEN e.grade = 'poor' THEN 1 ELSE 0 END),
  SUM(CASE WHEN x.id IS NULL THEN 0 ELSE 1 END),
  SUM(CASE WHEN x.id IS NULL THEN 0 ELSE e.budget_fen END),
  SUM(CASE WHEN x.status = 'reviewed' THEN 1 ELSE 0 END),
  SUM(CASE WHEN x.status = 'reviewed' THEN e.budget_fen ELSE 0 END),
  SUM(CASE WHEN x.status = 'reviewed' AND x.inflated = 1 THEN 1 ELSE 0 END)
FROM self_evaluations e LEFT JOIN self_evaluation_review_samples x ON x.evaluation_id = e.id
GROUP BY e.year, e.region_id, e.department_id, e.kind;

-- The review's findings of a year, counted by the statistics in the ledger itself (R-RA-1: due
-- once the day counted reaches their due date): the index holds every column they read, so a
-- province's year (some twenty thousand findings) is counted from the index alone.
CREATE INDEX findings_source_year ON findings (source, year, region_id, department_id, status, due);
