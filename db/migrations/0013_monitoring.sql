-- Dual monitoring (绩效运行监控, R-MO-1 to R-MO-5): each project's spending series, the
-- checkpoints a region runs in the year, one report per monitored target at each checkpoint with
-- its indicators' progress, and the colour the warning rules gave it.

-- The amount a project had spent in total as of a date (R-MO-3), from the budget execution
-- system's feed or entered by its unit: a series, so that pace can be projected.
CREATE TABLE executions (
  project_id BIGINT NOT NULL REFERENCES projects (id),
  as_of TEXT NOT NULL,
  executed_fen BIGINT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('import', 'manual')),
  entered_by BIGINT NOT NULL REFERENCES users (id),
  entered_at TEXT NOT NULL,
  PRIMARY KEY (project_id, as_of)
);

-- A region's checkpoint (R-MO-2): data as of a date, reports due by another. Opening it creates
-- the reports of every monitored target of the region and the regions below it.
CREATE TABLE checkpoints (
  id {{id}},
  region_id BIGINT NOT NULL REFERENCES regions (id),
  year BIGINT NOT NULL,
  name TEXT NOT NULL,
  as_of TEXT NOT NULL,
  due TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('planned', 'open', 'closed')),
  reports BIGINT NOT NULL DEFAULT 0,
  created_by BIGINT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  opened_by BIGINT REFERENCES users (id),
  opened_at TEXT,
  -- The warning run over its reports (R-MO-4), in batches by report id: where it has reached
  -- (a run stopped part way goes on from there), how many it evaluated and changed, and when it
  -- began and ended (ended empty while it runs or after it stopped).
  run_after_id BIGINT NOT NULL DEFAULT 0,
  run_evaluated BIGINT NOT NULL DEFAULT 0,
  run_changed BIGINT NOT NULL DEFAULT 0,
  run_started_at TEXT,
  run_finished_at TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (region_id, year, as_of)
);
CREATE INDEX checkpoints_year ON checkpoints (year, region_id);

-- A target's monitoring report at a checkpoint: the money (current budget, R-MO-3, and what was
-- spent by the checkpoint date) and, in monitoring_indicators, each indicator's progress.
CREATE TABLE monitoring_reports (
  id {{id}},
  checkpoint_id BIGINT NOT NULL REFERENCES checkpoints (id),
  target_id BIGINT NOT NULL REFERENCES targets (id),
  project_id BIGINT REFERENCES projects (id),
  region_id BIGINT NOT NULL REFERENCES regions (id),
  department_id BIGINT NOT NULL REFERENCES units (id),
  unit_id BIGINT NOT NULL REFERENCES units (id),
  year BIGINT NOT NULL,
  status TEXT NOT NULL,
  budget_fen BIGINT NOT NULL,
  executed_fen BIGINT NOT NULL,
  spending_reason TEXT NOT NULL DEFAULT '',
  spending_correction TEXT NOT NULL DEFAULT '',
  -- The warning rules' answer (R-MO-4) when the report was last evaluated, with every rule that
  -- fired as JSON.
  colour TEXT NOT NULL DEFAULT 'none' CHECK (colour IN ('none', 'blue', 'red')),
  fired TEXT NOT NULL DEFAULT '[]',
  evaluated_at TEXT,
  opinion TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  submitted_at TEXT,
  decided_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (checkpoint_id, target_id)
);
CREATE INDEX monitoring_reports_page ON monitoring_reports (checkpoint_id, region_id, id);
CREATE INDEX monitoring_reports_department ON monitoring_reports (department_id, checkpoint_id);
CREATE INDEX monitoring_reports_unit ON monitoring_reports (unit_id, checkpoint_id);
CREATE INDEX monitoring_reports_target ON monitoring_reports (target_id, checkpoint_id);

-- Per indicator of the target (its position there), what the unit reports (R-MO-1). Written
-- when the unit saves; until then the form is filled from the last checkpoint's answers.
CREATE TABLE monitoring_indicators (
  report_id BIGINT NOT NULL REFERENCES monitoring_reports (id),
  position BIGINT NOT NULL,
  value_so_far TEXT NOT NULL DEFAULT '',
  projected_value TEXT NOT NULL DEFAULT '',
  likelihood TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT '',
  correction TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (report_id, position)
);

-- What the office decided on a report (R-MO-5): continue, adjust the budget (the project's amount
-- set to after_fen), adjust the target (reopened through the target's adjustment) or recover
-- money to the treasury (the amount taken back, so the budget falls by it). Each is audited on
-- the report; the recovered money is totalled from here.
CREATE TABLE monitoring_outcomes (
  id {{id}},
  report_id BIGINT NOT NULL REFERENCES monitoring_reports (id),
  checkpoint_id BIGINT NOT NULL REFERENCES checkpoints (id),
  project_id BIGINT REFERENCES projects (id),
  region_id BIGINT NOT NULL REFERENCES regions (id),
  department_id BIGINT NOT NULL REFERENCES units (id),
  unit_id BIGINT NOT NULL REFERENCES units (id),
  year BIGINT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('continue', 'adjust_budget', 'adjust_target', 'recover')),
  before_fen BIGINT NOT NULL,
  after_fen BIGINT NOT NULL,
  recovered_fen BIGINT NOT NULL DEFAULT 0,
  reason TEXT NOT NULL,
  decided_by BIGINT NOT NULL REFERENCES users (id),
  decided_at TEXT NOT NULL
);
CREATE INDEX monitoring_outcomes_year ON monitoring_outcomes (year, region_id, id);
CREATE INDEX monitoring_outcomes_report ON monitoring_outcomes (report_id);

-- Early warning (R-MO-2: warnings a month ahead): before a checkpoint opens, each monitored
-- project's spending carried forward at its recent pace to the checkpoint date and judged by the
-- spending rules of R-MO-4. Only the projects that would be warned are kept; a forecast again
-- replaces the checkpoint's rows.
CREATE TABLE early_warnings (
  checkpoint_id BIGINT NOT NULL REFERENCES checkpoints (id),
  project_id BIGINT NOT NULL REFERENCES projects (id),
  region_id BIGINT NOT NULL REFERENCES regions (id),
  department_id BIGINT NOT NULL REFERENCES units (id),
  unit_id BIGINT NOT NULL REFERENCES units (id),
  budget_fen BIGINT NOT NULL,
  executed_fen BIGINT NOT NULL,
  projected_fen BIGINT NOT NULL,
  colour TEXT NOT NULL CHECK (colour IN ('blue', 'red')),
  fired TEXT NOT NULL,
  computed_on TEXT NOT NULL,
  PRIMARY KEY (checkpoint_id, project_id)
);
CREATE INDEX early_warnings_unit ON early_warnings (unit_id, checkpoint_id);
CREATE INDEX early_warnings_department ON early_warnings (department_id, checkpoint_id);
