-- Self-evaluation (绩效自评, R-SE-1 to R-SE-8): after the year a region's office opens the
-- year's self-evaluation; every approved target of its region tree gets one evaluation, which its
-- unit fills (actual values, reasons, the money block), jixiao scores, the department
-- consolidates and finance accepts.

-- A region's opening of a budget year's self-evaluation: due date and how many it created.
CREATE TABLE self_evaluation_rounds (
  id {{id}},
  region_id BIGINT NOT NULL REFERENCES regions (id),
  year BIGINT NOT NULL,
  due TEXT NOT NULL,
  evaluations BIGINT NOT NULL DEFAULT 0,
  opened_by BIGINT NOT NULL REFERENCES users (id),
  opened_at TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (region_id, year)
);
CREATE INDEX self_evaluation_rounds_year ON self_evaluation_rounds (year, region_id);

-- One target's self-evaluation: the money block of the national table (年初预算数, 全年预算数 as
-- adjusted, 全年执行数), the unit's words, and the scores in hundredths (computed by jixiao; the
-- unit's own when it gave every indicator's; the review's when reviewed, R-SE-8).
CREATE TABLE self_evaluations (
  id {{id}},
  round_id BIGINT NOT NULL REFERENCES self_evaluation_rounds (id),
  target_id BIGINT NOT NULL REFERENCES targets (id),
  project_id BIGINT REFERENCES projects (id),
  region_id BIGINT NOT NULL REFERENCES regions (id),
  department_id BIGINT NOT NULL REFERENCES units (id),
  unit_id BIGINT NOT NULL REFERENCES units (id),
  year BIGINT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('project', 'department')),
  status TEXT NOT NULL,
  initial_fen BIGINT NOT NULL,
  budget_fen BIGINT NOT NULL,
  executed_fen BIGINT NOT NULL,
  goal_achieved TEXT NOT NULL DEFAULT '',
  problems TEXT NOT NULL DEFAULT '',
  improvements TEXT NOT NULL DEFAULT '',
  execution_weight BIGINT NOT NULL DEFAULT 0,
  execution_score BIGINT NOT NULL DEFAULT 0,
  execution_detail TEXT NOT NULL DEFAULT '',
  computed_total BIGINT NOT NULL DEFAULT 0,
  self_total BIGINT,
  review_total BIGINT,
  grade TEXT NOT NULL DEFAULT '',
  opinion TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  submitted_at TEXT,
  decided_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (target_id)
);
-- A province holds a million a year: the lists of a region tree by year, a unit's and a
-- department's own, the workflow queues by state, and a project's timeline.
CREATE INDEX self_evaluations_page ON self_evaluations (year, region_id, id);
CREATE INDEX self_evaluations_status ON self_evaluations (year, status, region_id, id);
CREATE INDEX self_evaluations_unit ON self_evaluations (unit_id, year, id);
CREATE INDEX self_evaluations_department ON self_evaluations (department_id, year, status, id);
CREATE INDEX self_evaluations_round ON self_evaluations (round_id, region_id);
CREATE INDEX self_evaluations_project ON self_evaluations (project_id);

-- Each indicator of the target as approved (copied when the evaluation is created, so a later
-- change of the target does not move it), what the unit reports, and its scores with the rule
-- and the inputs that produced them.
CREATE TABLE self_evaluation_indicators (
  evaluation_id BIGINT NOT NULL REFERENCES self_evaluations (id),
  position BIGINT NOT NULL,
  category TEXT NOT NULL,
  subcategory TEXT NOT NULL,
  name TEXT NOT NULL,
  comparator TEXT NOT NULL,
  value TEXT NOT NULL,
  unit TEXT NOT NULL,
  direction TEXT NOT NULL DEFAULT '',
  weight BIGINT NOT NULL DEFAULT 0,
  actual_value TEXT NOT NULL DEFAULT '',
  not_applicable BIGINT NOT NULL DEFAULT 0,
  deviation_reason TEXT NOT NULL DEFAULT '',
  improvement TEXT NOT NULL DEFAULT '',
  self_score BIGINT,
  self_score_reason TEXT NOT NULL DEFAULT '',
  computed_weight BIGINT NOT NULL DEFAULT 0,
  computed_score BIGINT NOT NULL DEFAULT 0,
  rule TEXT NOT NULL DEFAULT '',
  detail TEXT NOT NULL DEFAULT '',
  needs_reason BIGINT NOT NULL DEFAULT 0,
  review_score BIGINT,
  review_note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (evaluation_id, position)
);
