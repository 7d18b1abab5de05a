-- Kept totals of the monitoring reports (R-MO-1, R-MO-4): counts and money of each checkpoint's
-- reports by region, department, status, warning colour and whether the report is of a project
-- (coverage counts projects; a department's own target has none). Kept by every write of a
-- report in the same transaction, so the statistics of a province's checkpoint sum a few
-- thousand rows instead of grouping a million reports. Rows whose counts fall to zero stay;
-- readers ignore them.
CREATE TABLE monitoring_totals (
  checkpoint_id BIGINT NOT NULL,
  region_id BIGINT NOT NULL,
  department_id BIGINT NOT NULL,
  status TEXT NOT NULL,
  colour TEXT NOT NULL,
  with_project BIGINT NOT NULL,
  reports BIGINT NOT NULL,
  budget_fen BIGINT NOT NULL,
  executed_fen BIGINT NOT NULL,
  PRIMARY KEY (checkpoint_id, region_id, department_id, status, colour, with_project)
);

INSERT INTO monitoring_totals (checkpoint_id, region_id, department_id, status, colour,
  with_project, reports, budget_fen, executed_fen)
SELECT checkpoint_id, region_id, department_id, status, colour,
  CASE WHEN project_id IS NULL THEN 0 ELSE 1 END, COUNT(*), SUM(budget_fen), SUM(executed_fen)
FROM monitoring_reports
GROUP BY checkpoint_id, region_id, department_id, status, colour,
  CASE WHEN project_id IS NULL THEN 0 ELSE 1 END;
