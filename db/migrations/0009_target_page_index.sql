-- A page of a region tree's targets walks the year's targets in id order, testing each row's
-- region (auth::append_page_scope), as the project list does: it stops after one page instead of
-- reading every region's targets and sorting the year.
CREATE INDEX targets_year_id ON targets (year, id);
