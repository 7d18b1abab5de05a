-- Pre-aggregated totals for the statistics and list totals of a whole region tree: counts and
-- money by year, region, department, fund type and status, kept by every write of a project or
-- a target (projects/totals, targets/totals). A province's statistics then sum a few thousand
-- rows instead of grouping a million projects. Rows whose counts fall to zero stay (the keys
-- are bounded by the organisation); readers ignore them.

CREATE TABLE project_totals (
  year BIGINT NOT NULL,
  region_id BIGINT NOT NULL,
  department_id BIGINT NOT NULL,
  fund_type TEXT NOT NULL,
  status TEXT NOT NULL,
  projects BIGINT NOT NULL,
  amount_fen BIGINT NOT NULL,
  PRIMARY KEY (year, region_id, department_id, fund_type, status)
);

INSERT INTO project_totals (year, region_id, department_id, fund_type, status, projects,
  amount_fen)
SELECT year, region_id, department_id, fund_type, status, COUNT(*), SUM(amount_fen)
FROM projects GROUP BY year, region_id, department_id, fund_type, status;

-- Targets by status, with their projects' fund type and money (coverage, R-MON-2). A department
-- target has no project: fund_type '' and no money. Targets of cancelled projects count by
-- status but not in coverage.
CREATE TABLE target_totals (
  year BIGINT NOT NULL,
  region_id BIGINT NOT NULL,
  department_id BIGINT NOT NULL,
  kind TEXT NOT NULL,
  fund_type TEXT NOT NULL,
  cancelled BIGINT NOT NULL,
  status TEXT NOT NULL,
  targets BIGINT NOT NULL,
  not_funded BIGINT NOT NULL,
  amount_fen BIGINT NOT NULL,
  PRIMARY KEY (year, region_id, department_id, kind, fund_type, cancelled, status)
);

INSERT INTO target_totals (year, region_id, department_id, kind, fund_type, cancelled, status,
  targets, not_funded, amount_fen)
SELECT t.year, t.region_id, t.department_id, t.kind, COALESCE(p.fund_type, ''),
  CASE WHEN p.status = 'cancelled' THEN 1 ELSE 0 END, t.status, COUNT(*), SUM(t.not_funded),
  COALESCE(SUM(p.amount_fen), 0)
FROM targets t LEFT JOIN projects p ON p.id = t.project_id
GROUP BY t.year, t.region_id, t.department_id, t.kind, COALESCE(p.fund_type, ''),
  CASE WHEN p.status = 'cancelled' THEN 1 ELSE 0 END, t.status;
