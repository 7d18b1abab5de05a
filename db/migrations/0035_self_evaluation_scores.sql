-- An evaluation's computed scores (the execution score, the total, the unit's own total, the
-- grade and each indicator's score) move to a narrow row of their own, keyed by the evaluation.
-- A re-scoring of a round wrote a new version of the whole evaluation row, entered in each of
-- its eleven indexes on PostgreSQL and grown in place on SQLite; now it writes the narrow row,
-- whose one index is its key (at 100,000 evaluations on PostgreSQL: 5.5–6.1 s → 3.4–3.6 s).
-- The evaluation as the unit fills it and the workflow moves it is `self_evaluation_forms`;
-- `self_evaluations` is the two joined, so every read of an evaluation reads as before, and a
-- read that needs no score reads the form alone (a left join on a unique key is left out).
-- Every form has its scores row from its opening on.
ALTER TABLE self_evaluations RENAME TO self_evaluation_forms;

CREATE TABLE self_evaluation_scores (
  evaluation_id {{key}} REFERENCES self_evaluation_forms (id),
  year BIGINT NOT NULL,
  budget_fen BIGINT NOT NULL,
  execution_weight BIGINT NOT NULL DEFAULT 0,
  execution_score BIGINT NOT NULL DEFAULT 0,
  execution_detail TEXT NOT NULL DEFAULT '',
  computed_total BIGINT NOT NULL DEFAULT 0,
  self_total BIGINT,
  grade TEXT NOT NULL DEFAULT '',
  indicator_scores TEXT NOT NULL DEFAULT ''
);

INSERT INTO self_evaluation_scores (evaluation_id, year, budget_fen, execution_weight,
  execution_score, execution_detail, computed_total, self_total, grade, indicator_scores)
  SELECT id, year, budget_fen, execution_weight, execution_score, execution_detail,
  computed_total, self_total, grade, indicator_scores FROM self_evaluation_forms ORDER BY id;

DROP INDEX self_evaluations_poor;
ALTER TABLE self_evaluation_forms DROP COLUMN execution_weight;
ALTER TABLE self_evaluation_forms DROP COLUMN execution_score;
ALTER TABLE self_evaluation_forms DROP COLUMN execution_detail;
ALTER TABLE self_evaluation_forms DROP COLUMN computed_total;
ALTER TABLE self_evaluation_forms DROP COLUMN self_total;
ALTER TABLE self_evaluation_forms DROP COLUMN grade;
ALTER TABLE self_evaluation_forms DROP COLUMN indicator_scores;

-- The key evaluations' plan looks for last year's evaluations graded poor in descending money
-- and stops at its twentieth: the scores row carries the year and the money of its form (every
-- write of the form's money writes its scores too) so that one index holds that walk, and only
-- the poor ones are in it.
CREATE INDEX self_evaluation_scores_poor ON self_evaluation_scores (year, budget_fen,
  evaluation_id) WHERE grade = 'poor';

CREATE VIEW self_evaluations AS SELECT f.id, f.round_id, f.target_id, f.project_id,
  f.region_id, f.department_id, f.unit_id, f.year, f.kind, f.status, f.initial_fen,
  f.budget_fen, f.executed_fen, f.goal_achieved, f.problems, f.improvements,
  x.execution_weight, x.execution_score, x.execution_detail, x.computed_total, x.self_total,
  f.review_total, x.grade, x.indicator_scores, f.opinion, f.version, f.submitted_at,
  f.decided_at, f.created_at, f.updated_at
  FROM self_evaluation_forms f LEFT JOIN self_evaluation_scores x ON x.evaluation_id = f.id;
