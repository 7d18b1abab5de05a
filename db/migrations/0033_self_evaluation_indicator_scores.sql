-- An evaluation's indicator scores (weight, score, rule, detail, R-SE-7's flag) move from each
-- indicator row to one text on the evaluation (src/self_evaluation/indicator_scores.h): a
-- re-scoring of a round wrote eleven rows an evaluation, one per indicator and the evaluation's
-- own; now it writes one. The indicator rows keep the target as copied and the unit's answers.
-- Each scored indicator is a line: position, weight, score, flag, rule, detail, tab-separated,
-- with \, tab and newline escaped in the texts.
ALTER TABLE self_evaluations ADD COLUMN indicator_scores TEXT NOT NULL DEFAULT '';

{{sqlite}} UPDATE self_evaluations SET indicator_scores = COALESCE((SELECT group_concat(line,
  char(10)) FROM (SELECT position || char(9) || computed_weight || char(9) || computed_score ||
  char(9) || needs_reason || char(9) || replace(replace(replace(rule, '\', '\\'), char(9), '\t'),
  char(10), '\n') || char(9) || replace(replace(replace(detail, '\', '\\'), char(9), '\t'),
  char(10), '\n') AS line FROM self_evaluation_indicators i WHERE i.evaluation_id =
  self_evaluations.id AND (rule <> '' OR detail <> '' OR computed_weight <> 0 OR computed_score
  <> 0 OR needs_reason <> 0) ORDER BY position)), '');

{{postgresql}} UPDATE self_evaluations SET indicator_scores = x.packed FROM (SELECT
  evaluation_id, string_agg(position || chr(9) || computed_weight || chr(9) || computed_score ||
  chr(9) || needs_reason || chr(9) || replace(replace(replace(rule, '\', '\\'), chr(9), '\t'),
  chr(10), '\n') || chr(9) || replace(replace(replace(detail, '\', '\\'), chr(9), '\t'),
  chr(10), '\n'), chr(10) ORDER BY position) AS packed FROM self_evaluation_indicators WHERE
  rule <> '' OR detail <> '' OR computed_weight <> 0 OR computed_score <> 0 OR needs_reason <> 0
  GROUP BY evaluation_id) x WHERE x.evaluation_id = self_evaluations.id;

ALTER TABLE self_evaluation_indicators DROP COLUMN computed_weight;
ALTER TABLE self_evaluation_indicators DROP COLUMN computed_score;
ALTER TABLE self_evaluation_indicators DROP COLUMN rule;
ALTER TABLE self_evaluation_indicators DROP COLUMN detail;
ALTER TABLE self_evaluation_indicators DROP COLUMN needs_reason;
