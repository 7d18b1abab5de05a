-- Budget review (预算评审): finance's review of each project proposed for a year's budget, the
-- amount submitted (送审) against the amount approved (审定); the cut (审减) is their difference,
-- computed, never stored. One row per project, created when the project is declared.

CREATE TABLE budget_reviews (
  id {{id}},
  project_id BIGINT NOT NULL UNIQUE REFERENCES projects (id),
  region_id BIGINT NOT NULL REFERENCES regions (id),
  year BIGINT NOT NULL,
  department_id BIGINT NOT NULL REFERENCES units (id),
  unit_id BIGINT NOT NULL REFERENCES units (id),
  -- Copied from the project for the totals (a declared project's fund type does not change).
  fund_type TEXT NOT NULL,
  submitted_fen BIGINT NOT NULL,
  approved_fen BIGINT,
  cut_reason TEXT NOT NULL DEFAULT '',
  comment TEXT NOT NULL DEFAULT '',
  reviewer_id BIGINT REFERENCES users (id),
  reviewed_at TEXT,
  -- pending: waiting for finance; done: an approved amount is entered; withdrawn: reviewed, but
  -- the project left the budget proposal (withdrawn, returned or cancelled), out of the figures.
  status TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (approved_fen IS NULL OR (approved_fen >= 0 AND approved_fen <= submitted_fen))
);
CREATE INDEX budget_reviews_page ON budget_reviews (year, region_id, department_id, id);

-- Kept by every write of a review, in the same transaction: a province's statistics sum a few
-- thousand rows. approved_fen and cut_fen count done rows only.
CREATE TABLE budget_review_totals (
  year BIGINT NOT NULL,
  region_id BIGINT NOT NULL,
  department_id BIGINT NOT NULL,
  fund_type TEXT NOT NULL,
  status TEXT NOT NULL,
  reviews BIGINT NOT NULL,
  submitted_fen BIGINT NOT NULL,
  approved_fen BIGINT NOT NULL,
  cut_fen BIGINT NOT NULL,
  PRIMARY KEY (year, region_id, department_id, fund_type, status)
);
