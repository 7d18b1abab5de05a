-- The year's monitoring reports page by id (the report list of an office, a section or a
-- department, 50 at a time). Without this index SQLite, which keeps no statistics, read a year's
-- reports through the key evaluations' colour index and sorted all of them for each page
-- (0.34 s a page at 60,000 reports); through it a page reads its own rows.
CREATE INDEX monitoring_reports_year ON monitoring_reports (year, id);
