-- Rule sets, the indicator and case libraries, performance targets and their review.

-- A region's own parameters for a rule in a year (rules are data; defaults ship in data/rules/).
CREATE TABLE rule_settings (
  id {{id}},
  region_id BIGINT NOT NULL REFERENCES regions (id),
  year BIGINT NOT NULL,
  rule_id TEXT NOT NULL,
  params TEXT NOT NULL,
  updated_by BIGINT REFERENCES users (id),
  updated_at TEXT NOT NULL,
  UNIQUE (region_id, year, rule_id)
);

-- Which version of each shipped data set was last loaded (national library rows are replaced
-- when the shipped file changes).
CREATE TABLE shipped_data (
  name TEXT PRIMARY KEY,
  checksum TEXT NOT NULL,
  loaded_at TEXT NOT NULL
);

-- Level-3 indicators offered to authors; region_id NULL is the shipped national library.
CREATE TABLE library_indicators (
  id {{id}},
  region_id BIGINT REFERENCES regions (id),
  industry TEXT NOT NULL,
  category TEXT NOT NULL,
  subcategory TEXT NOT NULL,
  name TEXT NOT NULL,
  definition TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL DEFAULT '',
  comparator TEXT NOT NULL,
  typical_value TEXT NOT NULL DEFAULT '',
  direction TEXT NOT NULL DEFAULT '',
  value_basis TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX library_indicators_key
  ON library_indicators (COALESCE(region_id, 0), industry, name);
CREATE INDEX library_indicators_industry ON library_indicators (industry, category, subcategory);

-- Exemplary targets to copy from; region_id NULL is the shipped national case library.
CREATE TABLE target_cases (
  id {{id}},
  region_id BIGINT REFERENCES regions (id),
  industry TEXT NOT NULL,
  function_class TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL,
  amount_fen BIGINT NOT NULL DEFAULT 0,
  overall_goal TEXT NOT NULL,
  indicators TEXT NOT NULL,
  source_target_id BIGINT,
  created_by BIGINT REFERENCES users (id),
  created_at TEXT NOT NULL
);
CREATE INDEX target_cases_industry ON target_cases (industry, id);

-- Character bigram index for Chinese name search (base/ngram): a document matches a query when
-- it holds every bigram of the query.
CREATE TABLE text_grams (
  doc_type TEXT NOT NULL,
  gram TEXT NOT NULL,
  doc_id BIGINT NOT NULL,
  PRIMARY KEY (doc_type, gram, doc_id)
);

CREATE TABLE targets (
  id {{id}},
  region_id BIGINT NOT NULL REFERENCES regions (id),
  year BIGINT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('project', 'department')),
  project_id BIGINT REFERENCES projects (id),
  unit_id BIGINT NOT NULL REFERENCES units (id),
  department_id BIGINT NOT NULL REFERENCES units (id),
  framework_version TEXT NOT NULL,
  overall_goal TEXT NOT NULL DEFAULT '',
  medium_term_goal TEXT NOT NULL DEFAULT '',
  duties TEXT NOT NULL DEFAULT '',
  tasks TEXT NOT NULL DEFAULT '[]',
  amount_fen BIGINT,
  status TEXT NOT NULL,
  score BIGINT NOT NULL DEFAULT -1,
  grade TEXT NOT NULL DEFAULT '',
  not_funded BIGINT NOT NULL DEFAULT 0,
  errors BIGINT NOT NULL DEFAULT 0,
  warnings BIGINT NOT NULL DEFAULT 0,
  version BIGINT NOT NULL DEFAULT 1,
  submitted_at TEXT,
  decided_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX targets_project ON targets (project_id) WHERE kind = 'project';
CREATE UNIQUE INDEX targets_department_year ON targets (department_id, year)
  WHERE kind = 'department';
CREATE INDEX targets_year_region ON targets (year, region_id, id);
CREATE INDEX targets_year_status ON targets (year, status, id);
CREATE INDEX targets_year_department ON targets (year, department_id, id);
CREATE INDEX targets_year_unit ON targets (year, unit_id, id);

CREATE TABLE target_indicators (
  target_id BIGINT NOT NULL REFERENCES targets (id),
  position BIGINT NOT NULL,
  category TEXT NOT NULL,
  subcategory TEXT NOT NULL,
  name TEXT NOT NULL,
  comparator TEXT NOT NULL,
  value TEXT NOT NULL,
  unit TEXT NOT NULL,
  weight BIGINT NOT NULL DEFAULT 0,
  direction TEXT NOT NULL DEFAULT '',
  value_basis TEXT NOT NULL DEFAULT '',
  explanation TEXT NOT NULL DEFAULT '',
  medium_value TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (target_id, position)
);

-- The findings of the last lint run over a target (what the office's batch run stores).
CREATE TABLE target_findings (
  target_id BIGINT NOT NULL REFERENCES targets (id),
  position BIGINT NOT NULL,
  code TEXT NOT NULL,
  severity TEXT NOT NULL,
  indicator BIGINT NOT NULL DEFAULT -1,
  message TEXT NOT NULL,
  rule TEXT NOT NULL,
  PRIMARY KEY (target_id, position)
);

-- Every review step: a section's first look, an expert's advisory score, the office's decision.
CREATE TABLE target_reviews (
  id {{id}},
  target_id BIGINT NOT NULL REFERENCES targets (id),
  reviewer_id BIGINT NOT NULL REFERENCES users (id),
  stage TEXT NOT NULL CHECK (stage IN ('section', 'expert', 'office')),
  decision TEXT NOT NULL,
  scores TEXT NOT NULL DEFAULT '{}',
  total BIGINT NOT NULL DEFAULT -1,
  grade TEXT NOT NULL DEFAULT '',
  pass_mark BIGINT NOT NULL DEFAULT -1,
  comment TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE INDEX target_reviews_target ON target_reviews (target_id, id);

-- Batches of targets given to an expert or agency; they see only these.
CREATE TABLE review_batches (
  id {{id}},
  region_id BIGINT NOT NULL REFERENCES regions (id),
  year BIGINT NOT NULL,
  name TEXT NOT NULL,
  reviewer_id BIGINT NOT NULL REFERENCES users (id),
  due_date TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL
);
CREATE INDEX review_batches_region ON review_batches (region_id, year, id);
CREATE TABLE review_assignments (
  batch_id BIGINT NOT NULL REFERENCES review_batches (id),
  target_id BIGINT NOT NULL REFERENCES targets (id),
  reviewer_id BIGINT NOT NULL REFERENCES users (id),
  PRIMARY KEY (batch_id, target_id)
);
CREATE INDEX review_assignments_reviewer ON review_assignments (reviewer_id, target_id);

-- Recommendations look for similar projects by function class.
CREATE INDEX projects_function_class ON projects (function_class, year);
