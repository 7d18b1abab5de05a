-- The foundation: organisation, accounts, projects, evidence and the audit chain.
-- One schema for SQLite and PostgreSQL; {{id}} and {{blob}} are the only dialect hooks.
-- Integers are BIGINT throughout (SOCI reads them as long long); booleans are 0/1.
-- Times are ISO 8601 UTC text, except session clocks, which are unix seconds.

CREATE TABLE regions (
  id {{id}},
  parent_id BIGINT REFERENCES regions (id),
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('province', 'prefecture', 'county')),
  path TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX regions_parent ON regions (parent_id);

CREATE TABLE finance_bureaus (
  id {{id}},
  region_id BIGINT NOT NULL UNIQUE REFERENCES regions (id),
  name TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE sections (
  id {{id}},
  bureau_id BIGINT NOT NULL REFERENCES finance_bureaus (id),
  region_id BIGINT NOT NULL REFERENCES regions (id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('performance_office', 'business')),
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (bureau_id, name)
);

CREATE TABLE units (
  id {{id}},
  region_id BIGINT NOT NULL REFERENCES regions (id),
  parent_id BIGINT REFERENCES units (id),
  department_id BIGINT REFERENCES units (id),
  section_id BIGINT REFERENCES sections (id),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('department', 'unit')),
  path TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (region_id, code)
);
CREATE INDEX units_parent ON units (parent_id);
CREATE INDEX units_department ON units (department_id);
CREATE INDEX units_section ON units (section_id);

CREATE TABLE fiscal_years (
  id {{id}},
  region_id BIGINT NOT NULL REFERENCES regions (id),
  year BIGINT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (region_id, year)
);

CREATE TABLE users (
  id {{id}},
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'performance_office', 'business_section',
    'department', 'unit', 'agency', 'expert', 'viewer')),
  region_id BIGINT NOT NULL REFERENCES regions (id),
  unit_id BIGINT REFERENCES units (id),
  section_id BIGINT REFERENCES sections (id),
  must_change_password BIGINT NOT NULL DEFAULT 1,
  failed_logins BIGINT NOT NULL DEFAULT 0,
  locked_until BIGINT NOT NULL DEFAULT 0,
  active BIGINT NOT NULL DEFAULT 1,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX users_region ON users (region_id);
CREATE INDEX users_unit ON users (unit_id);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id),
  csrf_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE projects (
  id {{id}},
  region_id BIGINT NOT NULL REFERENCES regions (id),
  year BIGINT NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  unit_id BIGINT NOT NULL REFERENCES units (id),
  department_id BIGINT NOT NULL REFERENCES units (id),
  fund_type TEXT NOT NULL CHECK (fund_type IN ('general', 'gov_fund', 'state_capital',
    'social_insurance')),
  amount_fen BIGINT NOT NULL CHECK (amount_fen >= 0),
  function_class TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('new', 'continuing', 'recurring')),
  parent_id BIGINT REFERENCES projects (id),
  tags BIGINT NOT NULL DEFAULT 0,
  status TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (region_id, year, code)
);
-- Keyset pagination: every list is (filters) ORDER BY <key>, id; one index per common shape.
CREATE INDEX projects_year_id ON projects (year, id);
CREATE INDEX projects_year_amount ON projects (year, amount_fen, id);
CREATE INDEX projects_year_region_id ON projects (year, region_id, id);
CREATE INDEX projects_year_region_amount ON projects (year, region_id, amount_fen, id);
CREATE INDEX projects_year_department ON projects (year, department_id, id);
CREATE INDEX projects_year_unit ON projects (year, unit_id, id);
CREATE INDEX projects_parent ON projects (parent_id);

CREATE TABLE evidence_files (
  id {{id}},
  region_id BIGINT NOT NULL REFERENCES regions (id),
  unit_id BIGINT REFERENCES units (id),
  document_type TEXT NOT NULL,
  document_id BIGINT NOT NULL,
  filename TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  content {{blob}} NOT NULL,
  uploaded_by BIGINT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL
);
CREATE INDEX evidence_document ON evidence_files (document_type, document_id);

CREATE TABLE audit_log (
  id {{id}},
  at TEXT NOT NULL,
  actor_id BIGINT,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id BIGINT NOT NULL,
  region_id BIGINT,
  before_json TEXT NOT NULL,
  after_json TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit_log (entity, entity_id, id);
