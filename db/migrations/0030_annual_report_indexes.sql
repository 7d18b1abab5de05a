-- The annual report counts a year's disclosure items and decided budget actions by region (a
-- province's year: hundreds of thousands of each). These indexes hold every column those counts
-- read, so they read an index range alone.
CREATE INDEX disclosures_rate ON disclosures (year, region_id, status, due);
CREATE INDEX budget_actions_applied ON budget_actions (year, status, kind, region_id, base_fen,
  limit_fen);
