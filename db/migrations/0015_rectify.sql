-- The findings ledger (整改台账, R-RA-1): each problem a stage finds and hands to a unit to put
-- right, with what must be done and by when, the unit's answer and the office's closing. Stages
-- write to it inside their own transaction (monitoring warnings first; self-evaluation reviews
-- and key evaluations later), naming themselves in source and source_id.
CREATE TABLE findings (
  id {{id}},
  region_id BIGINT NOT NULL REFERENCES regions (id),
  year BIGINT NOT NULL,
  source TEXT NOT NULL,
  source_id BIGINT NOT NULL,
  project_id BIGINT REFERENCES projects (id),
  unit_id BIGINT NOT NULL REFERENCES units (id),
  department_id BIGINT NOT NULL REFERENCES units (id),
  title TEXT NOT NULL,
  requirement TEXT NOT NULL,
  due TEXT NOT NULL,
  document_id BIGINT REFERENCES official_documents (id),
  status TEXT NOT NULL CHECK (status IN ('open', 'answered', 'closed')),
  answer TEXT NOT NULL DEFAULT '',
  answered_at TEXT,
  decision TEXT NOT NULL DEFAULT '',
  closed_at TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  -- A source's item is handed over once.
  UNIQUE (source, source_id)
);
CREATE INDEX findings_list ON findings (region_id, year, status, id);
CREATE INDEX findings_unit ON findings (unit_id, year, status);
CREATE INDEX findings_department ON findings (department_id, year);
CREATE INDEX findings_document ON findings (document_id);
CREATE INDEX findings_project ON findings (project_id);
