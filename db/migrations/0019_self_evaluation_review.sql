-- The spot-check review of self-evaluations (自评复核抽查, R-RV-1, R-RV-2): a region's office draws
-- a sample of its region tree's evaluations of a year with a recorded seed, assigns reviewers who
-- re-score each sampled evaluation beside the self and computed scores, and an inflated self
-- score (虚高) becomes a finding in the ledger with a rectification notice.

-- A region's plan for a year: R-RV-1's parameters as the office set them (defaults from the
-- rule set), the seed of its random share, the signals' parameters and R-RV-2's threshold as
-- used, and, once fixed, what the draw covered (count and money, by reason in summary).
CREATE TABLE self_evaluation_review_plans (
  id {{id}},
  region_id BIGINT NOT NULL REFERENCES regions (id),
  year BIGINT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'fixed')),
  amount_threshold_fen BIGINT NOT NULL,
  key_projects BIGINT NOT NULL,
  key_project_ids TEXT NOT NULL DEFAULT '[]',
  key_department_ids TEXT NOT NULL DEFAULT '[]',
  sample_percent BIGINT NOT NULL,
  weighted BIGINT NOT NULL,
  seed BIGINT NOT NULL,
  signal_params TEXT NOT NULL,
  inflated_points BIGINT NOT NULL,
  answer_days BIGINT NOT NULL,
  candidates BIGINT NOT NULL DEFAULT 0,
  candidate_fen BIGINT NOT NULL DEFAULT 0,
  sampled BIGINT NOT NULL DEFAULT 0,
  sampled_fen BIGINT NOT NULL DEFAULT 0,
  summary TEXT NOT NULL DEFAULT '{}',
  created_by BIGINT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  fixed_by BIGINT REFERENCES users (id),
  fixed_at TEXT,
  updated_at TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (region_id, year)
);
CREATE INDEX self_evaluation_review_plans_year ON self_evaluation_review_plans (year, region_id);

-- One sampled evaluation: why it was chosen, its draw weight and signals when the plan was
-- fixed, its reviewer, and the review's outcome (R-RV-2: inflated, with the finding and the
-- notice it produced). The evaluation's organisation is copied for the scope; an evaluation is
-- sampled by one plan at most.
CREATE TABLE self_evaluation_review_samples (
  id {{id}},
  plan_id BIGINT NOT NULL REFERENCES self_evaluation_review_plans (id),
  evaluation_id BIGINT NOT NULL REFERENCES self_evaluations (id),
  region_id BIGINT NOT NULL REFERENCES regions (id),
  department_id BIGINT NOT NULL REFERENCES units (id),
  unit_id BIGINT NOT NULL REFERENCES units (id),
  project_id BIGINT REFERENCES projects (id),
  year BIGINT NOT NULL,
  budget_fen BIGINT NOT NULL,
  reason TEXT NOT NULL CHECK (reason IN ('threshold', 'key_project', 'key_department', 'random')),
  weight BIGINT NOT NULL DEFAULT 1,
  signals TEXT NOT NULL DEFAULT '[]',
  reviewer_id BIGINT REFERENCES users (id),
  assigned_by BIGINT REFERENCES users (id),
  assigned_at TEXT,
  status TEXT NOT NULL CHECK (status IN ('pending', 'reviewed')),
  review_total BIGINT,
  inflated BIGINT NOT NULL DEFAULT 0,
  inflation_detail TEXT NOT NULL DEFAULT '',
  finding_id BIGINT REFERENCES findings (id),
  document_id BIGINT REFERENCES official_documents (id),
  completed_by BIGINT REFERENCES users (id),
  completed_at TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (evaluation_id)
);
CREATE INDEX self_evaluation_review_samples_plan ON self_evaluation_review_samples (plan_id, id);
CREATE INDEX self_evaluation_review_samples_reviewer
  ON self_evaluation_review_samples (reviewer_id, status, id);
