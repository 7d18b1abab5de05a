-- The key evaluations' plan looks for last year's evaluations graded poor (in descending money);
-- an index over every evaluation's grade served it, but each first scoring of a round moved
-- every evaluation's entry in it to a far place of the index ('' to its grade), and at a
-- province's million those scattered writes took half of the scoring. Only the poor ones are
-- kept now, where that search reads them; a scoring writes the index only for them.
DROP INDEX self_evaluations_grade;
CREATE INDEX self_evaluations_poor ON self_evaluations (year, budget_fen, id) WHERE grade = 'poor';
