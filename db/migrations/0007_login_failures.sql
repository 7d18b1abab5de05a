-- Failed logins under names that are no active account (unknown or disabled): counted and locked
-- like an account's own (users.failed_logins, locked_until), so that the fifth wrong password
-- answers 423 whether or not the name exists.
CREATE TABLE login_failures (
  username TEXT PRIMARY KEY,
  failed_logins BIGINT NOT NULL DEFAULT 0,
  locked_until BIGINT NOT NULL DEFAULT 0,
  last_failed_at BIGINT NOT NULL
);
CREATE INDEX login_failures_last ON login_failures (last_failed_at);
