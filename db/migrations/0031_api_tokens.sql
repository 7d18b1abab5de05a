-- Service accounts (接口账号) and their API tokens. A service account is a user whose kind is
-- 'service': it has a role, region and placement like any user, but no password it can log in
-- with. Its tokens are kept as the SHA-256 of the secret (shown once, when issued), with the
-- routes they are limited to ('' for every route of the role, else "METHOD pattern" lines), a
-- last day of validity, and their last use (written at most once a minute, like a session's).
ALTER TABLE users ADD COLUMN kind TEXT NOT NULL DEFAULT 'person';

CREATE TABLE api_tokens (
  id {{id}},
  user_id BIGINT NOT NULL REFERENCES users (id),
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  prefix TEXT NOT NULL,
  routes TEXT NOT NULL DEFAULT '',
  expires_on TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by BIGINT REFERENCES users (id),
  revoked_at TEXT,
  revoked_by BIGINT REFERENCES users (id),
  last_used_at BIGINT NOT NULL DEFAULT 0,
  last_used_from TEXT NOT NULL DEFAULT ''
);
CREATE INDEX api_tokens_user ON api_tokens (user_id, id);
