-- Key evaluations (财政重点评价, R-KE-1…5): the year's plan of subjects a region's finance picks,
-- each carried through its workflow (data/workflows/key_evaluation.json) by the commissioned
-- agency or by finance itself, with the experts assigned to it, their quality sheets of the
-- agency's plan and report (R-KE-4) and the evaluation's score sheets (R-KE-1).

-- One subject of a region's plan for a year and, once commissioned, its evaluation.
-- year: the fiscal year whose money is evaluated (the plan is carried out the year after).
-- kind: project | department | policy | fiscal_operation | mid_term | special_bond (R-KE-1).
-- The subject: project_id for the project kinds; department_id for every kind but a lower
-- region's fiscal operation (the evaluated department, a project's department); unit_id the
-- evaluated unit where there is one; subject_region_id for a lower region's fiscal operation.
-- mode: agency (commissioned to a third party) | finance (finance evaluates it itself).
CREATE TABLE key_evaluations (
  id {{id}},
  region_id BIGINT NOT NULL REFERENCES regions (id),
  year BIGINT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('project', 'department', 'policy', 'fiscal_operation',
                                     'mid_term', 'special_bond')),
  name TEXT NOT NULL,
  scope TEXT NOT NULL DEFAULT '',
  project_id BIGINT REFERENCES projects (id),
  department_id BIGINT REFERENCES units (id),
  unit_id BIGINT REFERENCES units (id),
  subject_region_id BIGINT REFERENCES regions (id),
  fund_type TEXT NOT NULL,
  budget_fen BIGINT NOT NULL CHECK (budget_fen >= 0),
  due TEXT NOT NULL,
  mode TEXT NOT NULL CHECK (mode IN ('agency', 'finance')),
  -- Set when commissioned: the agency and the fee of this evaluation in its contract.
  agency_id BIGINT REFERENCES agencies (id),
  contract_fee_fen BIGINT NOT NULL DEFAULT 0 CHECK (contract_fee_fen >= 0),
  status TEXT NOT NULL,
  -- The report's quality (R-KE-4), hundredths, once its sheets are closed; reworked once sent back.
  quality_score BIGINT,
  reworked BIGINT NOT NULL DEFAULT 0,
  fee_payable_fen BIGINT,
  -- The evaluation's score (R-KE-1) and grade (R-GR-1), hundredths, when finalised.
  score BIGINT,
  grade TEXT,
  -- When finance accepted the final report, and when it sent the results with their letter
  -- (评价结果反馈函), which R-RA-1 wants within 20 days of that.
  finalised_at TEXT,
  results_sent_at TEXT,
  results_document_id BIGINT REFERENCES official_documents (id),
  created_by BIGINT NOT NULL REFERENCES users (id),
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX key_evaluations_plan ON key_evaluations (region_id, year, id);
CREATE INDEX key_evaluations_agency ON key_evaluations (agency_id, year);
CREATE INDEX key_evaluations_project ON key_evaluations (project_id, year);
CREATE INDEX key_evaluations_department ON key_evaluations (department_id, year);

-- The experts assigned to score an evaluation's plan and report (R-KE-3 checked on assignment).
CREATE TABLE key_evaluation_experts (
  id {{id}},
  evaluation_id BIGINT NOT NULL REFERENCES key_evaluations (id),
  expert_id BIGINT NOT NULL REFERENCES experts (id),
  assigned_by BIGINT NOT NULL REFERENCES users (id),
  assigned_at TEXT NOT NULL,
  UNIQUE (evaluation_id, expert_id)
);
CREATE INDEX key_evaluation_experts_expert ON key_evaluation_experts (expert_id, evaluation_id);

-- An expert's quality sheet (R-KE-4) of the agency's plan or report; round counts the report's
-- submissions (a rework is round 2). scores_json: {item: hundredths} of the region's sheet.
CREATE TABLE key_evaluation_quality_sheets (
  id {{id}},
  evaluation_id BIGINT NOT NULL REFERENCES key_evaluations (id),
  expert_id BIGINT NOT NULL REFERENCES experts (id),
  stage TEXT NOT NULL CHECK (stage IN ('plan', 'report')),
  round BIGINT NOT NULL DEFAULT 1,
  scores_json TEXT NOT NULL,
  total BIGINT NOT NULL,
  comment TEXT NOT NULL DEFAULT '',
  submitted_at TEXT NOT NULL,
  UNIQUE (evaluation_id, expert_id, stage, round)
);

-- The evaluation's score sheets by the evaluation team, one per evaluator: the parts of the
-- kind's sheet (R-KE-1's four, a department's R-KE-2 six) as {part code: hundredths}.
CREATE TABLE key_evaluation_score_sheets (
  id {{id}},
  evaluation_id BIGINT NOT NULL REFERENCES key_evaluations (id),
  evaluator TEXT NOT NULL,
  scores_json TEXT NOT NULL,
  submitted_by BIGINT NOT NULL REFERENCES users (id),
  submitted_at TEXT NOT NULL
);
CREATE INDEX key_evaluation_score_sheets_evaluation ON key_evaluation_score_sheets (evaluation_id);

-- The problems a finalised evaluation found, each handed to the findings ledger (source
-- key_evaluation, source_id this row) with the results letter; seq orders them in the letter.
CREATE TABLE key_evaluation_problems (
  id {{id}},
  evaluation_id BIGINT NOT NULL REFERENCES key_evaluations (id),
  seq BIGINT NOT NULL,
  title TEXT NOT NULL,
  requirement TEXT NOT NULL,
  finding_id BIGINT REFERENCES findings (id),
  UNIQUE (evaluation_id, seq)
);

-- A cross-review round (互审互评, R-KE-5): each report of the round reviewed by another agency,
-- never its own and never a reciprocal pair, drawn from the recorded seed.
CREATE TABLE key_evaluation_cross_rounds (
  id {{id}},
  region_id BIGINT NOT NULL REFERENCES regions (id),
  year BIGINT NOT NULL,
  name TEXT NOT NULL,
  seed BIGINT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  created_by BIGINT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX key_evaluation_cross_rounds_year ON key_evaluation_cross_rounds (region_id, year);

-- One report of a round and the agency that reviews it, with its quality score (R-KE-4 sheet
-- items, hundredths) and comment once given.
CREATE TABLE key_evaluation_cross_reviews (
  id {{id}},
  round_id BIGINT NOT NULL REFERENCES key_evaluation_cross_rounds (id),
  evaluation_id BIGINT NOT NULL REFERENCES key_evaluations (id),
  reviewer_agency_id BIGINT NOT NULL REFERENCES agencies (id),
  scores_json TEXT,
  total BIGINT,
  comment TEXT NOT NULL DEFAULT '',
  reviewed_by BIGINT REFERENCES users (id),
  reviewed_at TEXT,
  UNIQUE (round_id, evaluation_id)
);
CREATE INDEX key_evaluation_cross_reviews_agency ON key_evaluation_cross_reviews (reviewer_agency_id, round_id);
