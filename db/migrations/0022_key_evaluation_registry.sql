-- Key evaluations' registries (财政重点评价, R-KE-3): the third-party agencies a region engages
-- by procurement, with a record per year of the contract, and its pool of experts with the
-- relations each must avoid. A region's performance office and business sections keep them.

CREATE TABLE agencies (
  id {{id}},
  region_id BIGINT NOT NULL REFERENCES regions (id),
  name TEXT NOT NULL,
  -- 统一社会信用代码 (GB 32100-2015), checked on entry; one agency per code in a region.
  credit_code TEXT NOT NULL,
  qualifications TEXT NOT NULL DEFAULT '',
  staff_count BIGINT NOT NULL DEFAULT 0 CHECK (staff_count >= 0),
  contact_person TEXT NOT NULL DEFAULT '',
  contact_phone TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('active', 'suspended')),
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (region_id, credit_code)
);
CREATE INDEX agencies_region ON agencies (region_id, id);

-- The procurement that engaged an agency in a year: the contract and its fee.
CREATE TABLE agency_years (
  id {{id}},
  agency_id BIGINT NOT NULL REFERENCES agencies (id),
  year BIGINT NOT NULL,
  contract_no TEXT NOT NULL DEFAULT '',
  fee_fen BIGINT NOT NULL DEFAULT 0 CHECK (fee_fen >= 0),
  notes TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (agency_id, year)
);

-- The accounts (role agency) that act for an agency: each belongs to one agency.
CREATE TABLE agency_users (
  user_id BIGINT PRIMARY KEY REFERENCES users (id),
  agency_id BIGINT NOT NULL REFERENCES agencies (id)
);
CREATE INDEX agency_users_agency ON agency_users (agency_id);

-- An expert of the region's pool, with the account (role expert) that logs in for them if any.
-- fields_json: the fields of expertise (专业领域), a JSON array of text; avoid_json: the relations
-- to avoid (回避), a JSON array of {unit_id (0 when named only), name, reason}, which the conflict
-- of interest checks of commissions and assignments read.
CREATE TABLE experts (
  id {{id}},
  region_id BIGINT NOT NULL REFERENCES regions (id),
  user_id BIGINT UNIQUE REFERENCES users (id),
  name TEXT NOT NULL,
  fields_json TEXT NOT NULL DEFAULT '[]',
  title TEXT NOT NULL DEFAULT '',
  employer TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  avoid_json TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL CHECK (status IN ('active', 'suspended')),
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX experts_region ON experts (region_id, id);
