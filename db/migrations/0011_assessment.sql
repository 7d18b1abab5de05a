-- Ex-ante performance assessment (事前绩效评估, R-EA-1 to R-EA-3): one assessment per project
-- and year, its scorers and their item scores, finance's marks of major projects, and the kept
-- totals its statistics read (updated in the same transaction as each write).

CREATE TABLE assessments (
  id {{id}},
  region_id BIGINT NOT NULL REFERENCES regions (id),
  year BIGINT NOT NULL,
  project_id BIGINT NOT NULL UNIQUE REFERENCES projects (id),
  unit_id BIGINT NOT NULL REFERENCES units (id),
  department_id BIGINT NOT NULL REFERENCES units (id),
  kind TEXT NOT NULL CHECK (kind IN ('project', 'policy')),
  level TEXT NOT NULL CHECK (level IN ('self', 'key')),
  status TEXT NOT NULL,
  -- The project's money when the assessment was begun (what was submitted), fen.
  amount_fen BIGINT NOT NULL,
  -- Hundredths of a point; -1 before there is one.
  self_score BIGINT NOT NULL DEFAULT -1,
  key_score BIGINT NOT NULL DEFAULT -1,
  final_score BIGINT NOT NULL DEFAULT -1,
  grade TEXT NOT NULL DEFAULT '',
  conclusion TEXT NOT NULL DEFAULT '',
  self_report TEXT NOT NULL DEFAULT '',
  opinion TEXT NOT NULL DEFAULT '',
  suggested_amount_fen BIGINT,
  suggested_target_changes TEXT NOT NULL DEFAULT '',
  suggestions_accepted BIGINT NOT NULL DEFAULT 0,
  suggestions_accepted_at TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  submitted_at TEXT,
  concluded_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX assessments_year ON assessments (year, region_id, id);
CREATE INDEX assessments_department ON assessments (department_id, year);
CREATE INDEX assessments_unit ON assessments (unit_id, year);

-- Who scores a key assessment: finance staff, experts or a commissioned agency (R-KE-3).
CREATE TABLE assessment_scorers (
  id {{id}},
  assessment_id BIGINT NOT NULL REFERENCES assessments (id),
  scorer_id BIGINT NOT NULL REFERENCES users (id),
  assigned_by BIGINT NOT NULL REFERENCES users (id),
  assigned_at TEXT NOT NULL,
  total BIGINT NOT NULL DEFAULT -1,
  opinion TEXT NOT NULL DEFAULT '',
  submitted_at TEXT,
  UNIQUE (assessment_id, scorer_id)
);
CREATE INDEX assessment_scorers_scorer ON assessment_scorers (scorer_id, assessment_id);

-- Item scores of the sheet, hundredths: the department's own (stage 'self', scorer 0) and each
-- key scorer's.
CREATE TABLE assessment_item_scores (
  assessment_id BIGINT NOT NULL REFERENCES assessments (id),
  stage TEXT NOT NULL CHECK (stage IN ('self', 'key')),
  scorer_id BIGINT NOT NULL,
  item_key TEXT NOT NULL,
  position BIGINT NOT NULL,
  score BIGINT NOT NULL,
  PRIMARY KEY (assessment_id, stage, scorer_id, item_key)
);

-- Projects finance marked as major (重大项目): they need an assessment whatever their amount.
CREATE TABLE assessment_major_projects (
  project_id BIGINT PRIMARY KEY REFERENCES projects (id),
  marked_by BIGINT NOT NULL REFERENCES users (id),
  reason TEXT NOT NULL,
  marked_at TEXT NOT NULL
);

-- Counts and money by year, region, department, level, status, conclusion and grade: the
-- amount submitted, and what the conclusions kept out of the budget (not supported: all of it;
-- otherwise what the suggested amount cut).
CREATE TABLE assessment_totals (
  year BIGINT NOT NULL,
  region_id BIGINT NOT NULL,
  department_id BIGINT NOT NULL,
  level TEXT NOT NULL,
  status TEXT NOT NULL,
  conclusion TEXT NOT NULL,
  grade TEXT NOT NULL,
  assessments BIGINT NOT NULL,
  amount_fen BIGINT NOT NULL,
  kept_out_fen BIGINT NOT NULL,
  PRIMARY KEY (year, region_id, department_id, level, status, conclusion, grade)
);
