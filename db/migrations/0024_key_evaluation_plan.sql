-- The suggestions for a region's plan of key evaluations (src/key_evaluation/plan_suggestions):
-- each reason walks its rows of a year in descending money and stops after a page of projects,
-- so a province's million reports and evaluations a year are not read. The reasons are rare
-- rows (red warnings, inflated self scores, poor grades), found by their own key.
CREATE INDEX monitoring_reports_colour ON monitoring_reports (year, colour, budget_fen, id);
CREATE INDEX self_evaluation_review_samples_inflated
  ON self_evaluation_review_samples (year, inflated, budget_fen, id);
CREATE INDEX self_evaluations_grade ON self_evaluations (year, grade, budget_fen, id);
