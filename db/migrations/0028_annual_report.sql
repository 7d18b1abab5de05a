-- 年度预算绩效管理工作报告: a region's report of a work year (R-RPT-1). Its figures are computed
-- live from the stages' records until the performance office freezes it through
-- data/workflows/annual_report.json (draft → frozen): then the figures of that moment are kept as
-- JSON (frozen_figures) and the narrative with its placeholders expanded, and the report answers
-- those. The narrative is the bureau's words per section ({"problems": "…", …}).
CREATE TABLE annual_reports (
  id {{id}},
  region_id BIGINT NOT NULL REFERENCES regions (id),
  year BIGINT NOT NULL,
  narrative TEXT NOT NULL DEFAULT '{}',
  status TEXT NOT NULL,
  frozen_figures TEXT,
  frozen_at TEXT,
  frozen_by BIGINT REFERENCES users (id),
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (region_id, year)
);
