// SQL of key evaluations: reads within an EvaluationReader, writes guarded by the row's version.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <vector>

#include "key_evaluation/evaluation_model.h"

namespace jixiao::key_evaluation::evaluation_repo {

std::optional<KeyEvaluation> find(soci::session& s, long long id, const EvaluationReader& who);
// In id order, a page of f.limit (+1 to tell a next page) from f.offset.
std::vector<KeyEvaluation> list(soci::session& s, const EvaluationFilter& f,
                                const EvaluationReader& who);
long long count(soci::session& s, const EvaluationFilter& f, const EvaluationReader& who);

long long insert(soci::session& s, const KeyEvaluation& e);
// The plan's fields (kind to mode); false when the version moved.
bool update_plan(soci::session& s, const KeyEvaluation& e, long long expected_version);
bool remove(soci::session& s, long long id, long long expected_version);
// A workflow step: the new status with what the step set (agency, fee, quality, score, grade),
// the version bumped; false when the version moved.
bool move(soci::session& s, const KeyEvaluation& e, long long expected_version);

// The key evaluation of the same subject (project, or department for its kind, or lower region
// for its fiscal operation; a policy by name and department) planned in the year, 0 for none.
long long same_subject(soci::session& s, const KeyEvaluation& e);

}  // namespace jixiao::key_evaluation::evaluation_repo
