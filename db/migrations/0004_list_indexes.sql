-- The project list's two common filters, fund type and status (the to-do links filter by
-- status), each with the default order: a page of government funds read one row in eight of
-- the year's (year, id) index before; it now reads its 50 rows.
CREATE INDEX projects_year_fund ON projects (year, fund_type, id);
CREATE INDEX projects_year_status ON projects (year, status, id);
