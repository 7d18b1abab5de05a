-- Result application (结果应用, R-RA-2): which project of a year continues which project of the
-- year before, and the budget action each graded result proposes for the next year's budget.

-- A project's predecessor in the year before: by the same code, by the same unit and name (a
-- leading "YYYY年" removed), or by hand. One predecessor per project.
CREATE TABLE project_links (
  project_id BIGINT NOT NULL PRIMARY KEY REFERENCES projects (id),
  predecessor_id BIGINT NOT NULL REFERENCES projects (id),
  how TEXT NOT NULL CHECK (how IN ('code', 'name', 'hand')),
  linked_by BIGINT REFERENCES users (id),
  linked_at TEXT NOT NULL
);
CREATE INDEX project_links_predecessor ON project_links (predecessor_id);

-- One action per graded result (its source and id). The evaluated project is this year's; the
-- project acted on is its successor in the year after (null until linked), or for an ex-ante
-- assessment the assessed project itself. base_fen is the evaluated project's amount, cap_fen
-- the amount a cap keeps to (base; the suggested amount R-EA-2; the amount after R-MO-5).
-- Percentages in hundredths. limit_fen is the decided action's limit: null for none.
CREATE TABLE budget_actions (
  id {{id}},
  source TEXT NOT NULL CHECK (source IN ('self_evaluation', 'key_evaluation', 'monitoring',
                                         'assessment')),
  source_id BIGINT NOT NULL,
  project_id BIGINT NOT NULL REFERENCES projects (id),
  acted_project_id BIGINT REFERENCES projects (id),
  region_id BIGINT NOT NULL REFERENCES regions (id),
  department_id BIGINT NOT NULL REFERENCES units (id),
  unit_id BIGINT NOT NULL REFERENCES units (id),
  fund_type TEXT NOT NULL,
  year BIGINT NOT NULL,
  base_fen BIGINT NOT NULL,
  cap_fen BIGINT NOT NULL,
  grade TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  proposed_kind TEXT NOT NULL CHECK (proposed_kind IN ('prioritise', 'cap', 'cut', 'cancel')),
  proposed_cut BIGINT NOT NULL DEFAULT 0,
  kind TEXT NOT NULL CHECK (kind IN ('prioritise', 'cap', 'cut', 'cancel')),
  cut BIGINT NOT NULL DEFAULT 0,
  limit_fen BIGINT,
  reason TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('proposed', 'confirmed', 'changed', 'waived')),
  decided_by BIGINT REFERENCES users (id),
  decided_at TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (source, source_id)
);
-- A province holds a million a year: the region tree's lists by status, a department's own, and
-- the actions on one project (its page, the budget gate, the successor's pick-up).
CREATE INDEX budget_actions_page ON budget_actions (year, region_id, status, id);
CREATE INDEX budget_actions_department ON budget_actions (department_id, year, status, id);
CREATE INDEX budget_actions_unit ON budget_actions (unit_id, year, id);
CREATE INDEX budget_actions_acted ON budget_actions (acted_project_id);
CREATE INDEX budget_actions_project ON budget_actions (project_id);
