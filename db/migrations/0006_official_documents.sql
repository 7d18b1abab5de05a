-- Official documents (公文): the letters jixiao issues, such as a target's 批复 or a review
-- opinion. Each is written once, whole, when the decision behind it is taken, and never
-- changed: what was sent stays what is shown and printed. Its number (文号) counts per region,
-- year and kind; document_numbers holds the last one given, so that two writers never take the
-- same number.
CREATE TABLE official_documents (
  id {{id}},
  region_id BIGINT NOT NULL REFERENCES regions (id),
  year BIGINT NOT NULL,
  kind TEXT NOT NULL,
  seq BIGINT NOT NULL,
  number TEXT NOT NULL,
  subject TEXT NOT NULL,
  subject_id BIGINT NOT NULL,
  department_id BIGINT NOT NULL DEFAULT 0,
  unit_id BIGINT NOT NULL DEFAULT 0,
  title TEXT NOT NULL,
  addressee TEXT NOT NULL,
  body TEXT NOT NULL,
  issuer TEXT NOT NULL,
  issued_on TEXT NOT NULL,
  issued_by BIGINT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  UNIQUE (region_id, year, kind, seq)
);
CREATE INDEX official_documents_subject ON official_documents (subject, subject_id, id);
CREATE INDEX official_documents_register ON official_documents (region_id, year, id);

CREATE TABLE document_numbers (
  region_id BIGINT NOT NULL,
  year BIGINT NOT NULL,
  kind TEXT NOT NULL,
  last_seq BIGINT NOT NULL,
  PRIMARY KEY (region_id, year, kind)
);
