-- The money of the self-evaluations submitted or later (submitted, consolidated, accepted), kept
-- beside their count so that the annual report and the appraisal read "how much was evaluated"
-- from the kept totals rather than a year's evaluations.
ALTER TABLE self_evaluation_totals ADD COLUMN submitted_fen BIGINT NOT NULL DEFAULT 0;

UPDATE self_evaluation_totals SET submitted_fen = (
  SELECT COALESCE(SUM(e.budget_fen), 0) FROM self_evaluations e
  WHERE e.year = self_evaluation_totals.year AND e.region_id = self_evaluation_totals.region_id
    AND e.department_id = self_evaluation_totals.department_id
    AND e.kind = self_evaluation_totals.kind
    AND e.status IN ('submitted', 'consolidated', 'accepted'));
