#include "cli/bench_batch.h"

namespace jixiao::cli {

void BenchBatch::clear() {
  projects.clear();
  targets.clear();
  indicators.clear();
}

void store(soci::session& s, db::Dialect dialect, BenchBatch& b) {
  projects::repo::insert_bulk(s, dialect, b.projects);
  targets::repo::insert_bulk(s, dialect, b.targets);
  targets::repo::insert_indicators_bulk(s, dialect, b.indicators);
}

}  // namespace jixiao::cli
