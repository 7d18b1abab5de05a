-- The re-scoring of a round (the office's button after it changes the year's rule parameters, or
-- after a bulk load): the round's evaluations scored again in batches by id, each batch and the
-- job's place committed together, so that a job stopped part way (a restart) goes on from there.
-- Its progress is the round's: where it stands, how many of how many, who started it and when.
ALTER TABLE self_evaluation_rounds ADD COLUMN score_after_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE self_evaluation_rounds ADD COLUMN score_done BIGINT NOT NULL DEFAULT 0;
ALTER TABLE self_evaluation_rounds ADD COLUMN score_total BIGINT NOT NULL DEFAULT 0;
ALTER TABLE self_evaluation_rounds ADD COLUMN score_changed BIGINT NOT NULL DEFAULT 0;
ALTER TABLE self_evaluation_rounds ADD COLUMN score_unanswered BIGINT NOT NULL DEFAULT 0;
ALTER TABLE self_evaluation_rounds ADD COLUMN score_refused BIGINT NOT NULL DEFAULT 0;
ALTER TABLE self_evaluation_rounds ADD COLUMN score_started_at TEXT;
ALTER TABLE self_evaluation_rounds ADD COLUMN score_finished_at TEXT;
ALTER TABLE self_evaluation_rounds ADD COLUMN score_by BIGINT;
-- A batch is "the round's evaluations after this id, in id order": without this index each batch
-- would read the whole round and sort it (as migration 0017 found for the warning run).
CREATE INDEX self_evaluations_round_order ON self_evaluations (round_id, id);
