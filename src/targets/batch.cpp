#include "targets/batch.h"

#include <algorithm>
#include <chrono>
#include <future>
#include <map>

#include "rules/service.h"
#include "targets/lint.h"
#include "targets/lint/names.h"
#include "targets/repo_batch.h"
#include "targets/settings.h"

namespace jixiao::targets {

namespace {

// The targets of units [first, last], as read.
struct Chunk {
  long long first = 0, last = 0;
  repo::UnitTargets read;
};

// What the lint found in a chunk: the rows to store, and each target's counts.
struct Linted {
  repo::FindingRows rows;
  std::vector<long long> ids, versions, errors, warnings;
  long long findings = 0, with_errors = 0;
};

// For each target of the chunk, the other targets of its unit that the lint could call a copy
// of it: the same goal, or the same set of indicator names (targets/lint/names.h, as the lint
// compares them). The keys are computed once per target, so a unit costs linear time rather than
// every pair of its targets.
std::vector<std::vector<std::size_t>> possible_copies(const std::vector<Target>& chunk) {
  std::vector<std::string> goal(chunk.size()), names(chunk.size());
  std::multimap<std::pair<long long, std::string>, std::size_t> by_goal, by_names;
  for (std::size_t i = 0; i < chunk.size(); ++i) {
    goal[i] = goal_key(chunk[i].draft.overall_goal);
    const auto set = name_set(chunk[i].draft.indicators);
    for (const auto& n : set) names[i] += n + "\x1f";
    if (!goal[i].empty()) by_goal.emplace(std::pair{chunk[i].unit_id, goal[i]}, i);
    if (set.size() >= kMinCopiedNames) by_names.emplace(std::pair{chunk[i].unit_id, names[i]}, i);
  }
  std::vector<std::vector<std::size_t>> out(chunk.size());
  for (std::size_t i = 0; i < chunk.size(); ++i) {
    auto& found = out[i];
    for (auto* index : {&by_goal, &by_names}) {
      const auto& key = index == &by_goal ? goal[i] : names[i];
      auto [lo, hi] = index->equal_range({chunk[i].unit_id, key});
      for (auto it = lo; it != hi; ++it)
        if (it->second != i && std::find(found.begin(), found.end(), it->second) == found.end())
          found.push_back(it->second);
    }
    // In id order (the chunk's), as the editor lists a unit's other targets.
    std::sort(found.begin(), found.end());
  }
  return out;
}

Linted lint_chunk(const std::vector<Target>& chunk,
                  const std::map<long long, TargetSettings>& settings) {
  Linted out;
  const auto copies = possible_copies(chunk);
  for (std::size_t i = 0; i < chunk.size(); ++i) {
    const Target& t = chunk[i];
    std::vector<SiblingTarget> siblings;
    for (std::size_t j : copies[i]) {
      const Target& other = chunk[j];
      SiblingTarget sib{other.id, other.project_name, other.draft.overall_goal, {}};
      for (const auto& ind : other.draft.indicators) sib.indicator_names.push_back(ind.name);
      siblings.push_back(std::move(sib));
    }
    const auto findings =
        lint(t.draft, make_lint_context(t, settings.at(t.region_id), std::move(siblings)));
    long long e = 0, w = 0;
    for (std::size_t k = 0; k < findings.size(); ++k) {
      out.rows.add(t.id, static_cast<long long>(k), findings[k]);
      (findings[k].severity == Severity::error ? e : w)++;
    }
    out.findings += static_cast<long long>(findings.size());
    if (e) ++out.with_errors;
    out.ids.push_back(t.id);
    out.versions.push_back(t.version);
    out.errors.push_back(e);
    out.warnings.push_back(w);
  }
  return out;
}

// Keeps only the targets whose version is still the one read (and their finding rows).
Linted still_as_read(const Linted& l, const std::map<long long, long long>& now) {
  Linted kept;
  for (std::size_t k = 0; k < l.ids.size(); ++k) {
    const auto it = now.find(l.ids[k]);
    if (it == now.end() || it->second != l.versions[k]) continue;
    kept.ids.push_back(l.ids[k]);
    kept.versions.push_back(l.versions[k]);
    kept.errors.push_back(l.errors[k]);
    kept.warnings.push_back(l.warnings[k]);
  }
  const auto& rows = l.rows;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (std::find(kept.ids.begin(), kept.ids.end(), rows.target[r]) == kept.ids.end()) continue;
    kept.rows.target.push_back(rows.target[r]);
    kept.rows.position.push_back(rows.position[r]);
    kept.rows.indicator.push_back(rows.indicator[r]);
    kept.rows.code.push_back(rows.code[r]);
    kept.rows.severity.push_back(rows.severity[r]);
    kept.rows.message.push_back(rows.message[r]);
    kept.rows.rule.push_back(rows.rule[r]);
  }
  return kept;
}

// Replaces the chunk's findings and counts. The chunk was read in an earlier transaction: a
// target saved since (a new version, or a new target) keeps what its own save stored.
void write_chunk(soci::session& s, db::Dialect dialect, long long year, const Chunk& chunk,
                 Linted& l) {
  const auto now = repo::versions_of_units(s, year, chunk.first, chunk.last);
  bool unchanged = now.size() == l.ids.size();
  for (std::size_t k = 0; unchanged && k < l.ids.size(); ++k) {
    const auto it = now.find(l.ids[k]);
    unchanged = it != now.end() && it->second == l.versions[k];
  }
  if (!unchanged) {  // rare: keep only the targets still as they were read
    l = still_as_read(l, now);
    if (l.ids.empty()) return;
    repo::delete_findings(s, l.ids);
  } else {
    if (l.ids.empty()) return;
    repo::delete_findings_of_units(s, year, chunk.first, chunk.last);
  }
  repo::insert_findings_bulk(s, dialect, l.rows);
  repo::update_lint_counts(s, dialect, l.ids, l.errors, l.warnings);
}

}  // namespace

BatchLintResult lint_all(db::Database& db, const BatchLintOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  BatchLintResult result;
  const auto units = db.read([&](soci::session& s) { return repo::unit_ids_of_year(s, o.year); });
  // The rule set in force in each region, read once: the lint itself then needs no database.
  std::map<long long, TargetSettings> settings;
  if (!o.scan_only) {
    db.read([&](soci::session& s) {
      for (long long region : repo::region_ids_of_year(s, o.year))
        settings.emplace(region, target_settings(rules::effective_rules(s, region, o.year)));
    });
  }
  const auto step = static_cast<std::size_t>(std::max(1LL, o.units_per_chunk));
  auto read = [&](std::size_t c) {
    Chunk chunk;
    chunk.first = units[c];
    chunk.last = units[std::min(units.size(), c + step) - 1];
    db.read([&](soci::session& s) {
      chunk.read = repo::targets_of_units(s, o.year, chunk.first, chunk.last);
    });
    return chunk;
  };
  if (o.scan_only) {  // the baseline: the same reads, one after another, and nothing else
    for (std::size_t c = 0; c < units.size(); c += step) {
      const Chunk chunk = read(c);
      result.targets += static_cast<long long>(chunk.read.targets.size());
      result.indicators += chunk.read.indicators;
    }
  } else if (!units.empty()) {
    // A pipeline on two connections: the next chunk is read while this one is linted and
    // written, so the job costs little more than reading (the machine has cores to spare).
    std::future<Chunk> next = std::async(std::launch::async, read, 0);
    for (std::size_t c = 0; c < units.size(); c += step) {
      Chunk chunk = next.get();
      if (c + step < units.size()) next = std::async(std::launch::async, read, c + step);
      result.targets += static_cast<long long>(chunk.read.targets.size());
      result.indicators += chunk.read.indicators;
      if (o.progress) o.progress(result.targets);
      Linted linted = lint_chunk(chunk.read.targets, settings);
      result.findings += linted.findings;
      result.with_errors += linted.with_errors;
      db.write([&](soci::session& s) { write_chunk(s, db.dialect(), o.year, chunk, linted); });
    }
  }
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace jixiao::targets
