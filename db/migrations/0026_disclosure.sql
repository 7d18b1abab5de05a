-- Disclosure (信息公开, R-DI-1, R-DI-2): one item per thing due for publication, taken from the
-- stage that produced it (an approved target, a concluded ex-ante assessment, an accepted
-- self-evaluation, a key evaluation whose results were sent), carried through
-- data/workflows/disclosure.json. What the public sees is the snapshot frozen when it was
-- published, never the live record; the public reads only published rows.
CREATE TABLE disclosures (
  id {{id}},
  kind TEXT NOT NULL CHECK (kind IN ('target', 'assessment', 'self_evaluation', 'key_evaluation')),
  source_id BIGINT NOT NULL,
  project_id BIGINT REFERENCES projects (id),
  region_id BIGINT NOT NULL REFERENCES regions (id),
  department_id BIGINT REFERENCES units (id),
  unit_id BIGINT REFERENCES units (id),
  year BIGINT NOT NULL,
  -- The project's (or the evaluation's) name, for the lists and the public search.
  title TEXT NOT NULL,
  due TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('due', 'published', 'withdrawn')),
  -- JSON text of exactly what the public sees; '' before the first publication.
  snapshot TEXT NOT NULL DEFAULT '',
  -- The stable public address of what the item is about: region code / year / project code (or
  -- k + the evaluation's id when it is about no project); slug adds the kind.
  subject TEXT NOT NULL,
  slug TEXT NOT NULL,
  published_at TEXT,
  published_by BIGINT REFERENCES users (id),
  withdrawn_at TEXT,
  withdrawn_reason TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (kind, source_id)
);
-- A province: a million projects a year. The office's queue of a region by state, a department's
-- items, the public path (a region's year, a project's page), the public search by name.
CREATE INDEX disclosures_queue ON disclosures (year, region_id, status, id);
CREATE INDEX disclosures_department ON disclosures (department_id, year, status, subject);
CREATE INDEX disclosures_public ON disclosures (region_id, year, status, department_id);
CREATE INDEX disclosures_subject ON disclosures (subject, status);
CREATE INDEX disclosures_title ON disclosures (year, status, title, id);
CREATE UNIQUE INDEX disclosures_slug ON disclosures (slug);
