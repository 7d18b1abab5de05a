#include "targets/batch.h"

#include <algorithm>
#include <chrono>
#include <future>
#include <map>

#include "db/pg_copy.h"
#include "library/framework.h"
#include "rules/service.h"
#include "targets/lint.h"
#include "targets/lint/names.h"
#include "targets/settings.h"

namespace jixiao::targets {

namespace {

// One indicator row of the stream, with its target's columns (repeated per indicator).
struct Row {
  long long target_id = 0, version = 0, unit_id = 0, region_id = 0, amount = -1;
  std::string kind, framework, goal, project_name;
  std::string category, subcategory, name, comparator, value, unit;
  long long weight = 0, position = -1;
  std::string direction;
  soci::indicator position_ind = soci::i_null;
};

struct Loaded {
  long long id = 0, version = 0, unit_id = 0, region_id = 0;
  std::string framework, project_name;
  TargetDraft draft;
};

// Reads the targets of units [first, last] of the year, in (unit, target, position) order.
std::vector<Loaded> read_chunk(soci::session& s, long long year, long long first, long long last,
                               long long& indicators) {
  Row r;
  soci::statement st =
      (s.prepare << "SELECT t.id, t.version, t.unit_id, t.region_id, COALESCE(p.amount_fen, "
                    "t.amount_fen, "
                    "-1), t.kind, t.framework_version, t.overall_goal, COALESCE(p.name, ''), "
                    "i.category, i.subcategory, i.name, i.comparator, i.value, i.unit, i.weight, "
                    "i.position, i.direction FROM targets t LEFT JOIN projects p ON p.id = "
                    "t.project_id LEFT JOIN target_indicators i ON i.target_id = t.id WHERE "
                    "t.year = :y AND t.unit_id BETWEEN :a AND :b ORDER BY t.unit_id, t.id, "
                    "i.position",
       soci::use(year), soci::use(first), soci::use(last), soci::into(r.target_id),
       soci::into(r.version), soci::into(r.unit_id), soci::into(r.region_id), soci::into(r.amount),
       soci::into(r.kind), soci::into(r.framework), soci::into(r.goal), soci::into(r.project_name),
       soci::into(r.category), soci::into(r.subcategory), soci::into(r.name),
       soci::into(r.comparator), soci::into(r.value), soci::into(r.unit), soci::into(r.weight),
       soci::into(r.position, r.position_ind), soci::into(r.direction));
  st.execute();
  std::vector<Loaded> out;
  while (st.fetch()) {
    if (out.empty() || out.back().id != r.target_id) {
      Loaded l;
      l.id = r.target_id;
      l.version = r.version;
      l.unit_id = r.unit_id;
      l.region_id = r.region_id;
      l.framework = r.framework;
      l.project_name = r.project_name;
      l.draft.kind = r.kind;
      l.draft.overall_goal = r.goal;
      if (r.amount >= 0) l.draft.amount_fen = r.amount;
      out.push_back(std::move(l));
    }
    if (r.position_ind == soci::i_ok) {
      Indicator i;
      i.category = r.category;
      i.subcategory = r.subcategory;
      i.name = r.name;
      i.comparator = r.comparator;
      i.value = r.value;
      i.unit = r.unit;
      i.weight = r.weight;
      i.direction = r.direction;
      out.back().draft.indicators.push_back(std::move(i));
      ++indicators;
    }
  }
  return out;
}

struct FindingRows {
  std::vector<long long> target, position, indicator;
  std::vector<std::string> code, severity, message, rule;
  void add(long long id, long long pos, const Finding& f) {
    target.push_back(id);
    position.push_back(pos);
    indicator.push_back(f.indicator ? *f.indicator : -1);
    code.push_back(f.code);
    severity.push_back(std::string(severity_name(f.severity)));
    message.push_back(f.message);
    rule.push_back(f.rule);
  }
  void write(soci::session& s, db::Dialect dialect) {
    if (target.empty()) return;  // SOCI cannot bulk-bind empty vectors
    if (dialect == db::Dialect::postgresql) {
      // SOCI runs a vector bind row by row on PostgreSQL: COPY streams them in one command.
      db::PgCopy copy(
          s, "target_findings",
          {"target_id", "position", "code", "severity", "indicator", "message", "rule"});
      for (std::size_t k = 0; k < target.size(); ++k)
        copy.row(target[k], position[k], code[k], severity[k], indicator[k], message[k], rule[k]);
      copy.finish();
      return;
    }
    s << "INSERT INTO target_findings (target_id, position, code, severity, indicator, message, "
         "rule) VALUES (:t, :p, :c, :s, :i, :m, :r)",
        soci::use(target), soci::use(position), soci::use(code), soci::use(severity),
        soci::use(indicator), soci::use(message), soci::use(rule);
  }
};

// Stores each target's counts of errors and warnings.
void write_counts(soci::session& s, db::Dialect dialect, const std::vector<long long>& ids,
                  const std::vector<long long>& errors, const std::vector<long long>& warnings) {
  if (dialect == db::Dialect::postgresql) {
    // One UPDATE joined with the counts rather than one per target (SOCI's vector bind). Most
    // targets keep the counts they have (0 and 0 on a first run, the same on a rerun): only the
    // rows that change are written, which spares PostgreSQL a new version of every row.
    s << "CREATE TEMP TABLE lint_counts (id BIGINT PRIMARY KEY, errors BIGINT NOT NULL, "
         "warnings BIGINT NOT NULL) ON COMMIT DROP";
    db::PgCopy copy(s, "lint_counts", {"id", "errors", "warnings"});
    for (std::size_t k = 0; k < ids.size(); ++k) copy.row(ids[k], errors[k], warnings[k]);
    copy.finish();
    s << "UPDATE targets t SET errors = c.errors, warnings = c.warnings FROM lint_counts c WHERE "
         "t.id = c.id AND (t.errors <> c.errors OR t.warnings <> c.warnings)";
    return;
  }
  s << "UPDATE targets SET errors = :e, warnings = :w WHERE id = :id", soci::use(errors),
      soci::use(warnings), soci::use(ids);
}

// The distinct values of a column of the year's targets, in order.
std::vector<long long> distinct_ids(soci::session& s, const char* column, long long year) {
  std::vector<long long> ids(100'000);
  std::vector<long long> all;
  soci::statement st =
      (s.prepare << "SELECT DISTINCT " << column << " FROM targets WHERE year = :y ORDER BY 1",
       soci::use(year), soci::into(ids));
  st.execute();
  while (st.fetch()) {
    all.insert(all.end(), ids.begin(), ids.end());
    ids.resize(100'000);
  }
  return all;
}

// The targets of units [first, last], as read.
struct Chunk {
  long long first = 0, last = 0, indicators = 0;
  std::vector<Loaded> targets;
};

// What the lint found in a chunk: the rows to store, and each target's counts.
struct Linted {
  FindingRows rows;
  std::vector<long long> ids, versions, errors, warnings;
  long long findings = 0, with_errors = 0;
};

Linted lint_chunk(const std::vector<Loaded>& chunk,
                  const std::map<long long, TargetSettings>& settings) {
  Linted out;
  // Keys of copying (targets/lint/names.h, as the lint compares them), and the targets of the
  // same unit that share one.
  std::vector<std::string> goal_keys(chunk.size()), names_key(chunk.size());
  std::multimap<std::pair<long long, std::string>, std::size_t> by_goal, by_names;
  for (std::size_t i = 0; i < chunk.size(); ++i) {
    goal_keys[i] = goal_key(chunk[i].draft.overall_goal);
    const auto names = name_set(chunk[i].draft.indicators);
    for (const auto& n : names) names_key[i] += n + "\x1f";
    if (!goal_keys[i].empty()) by_goal.emplace(std::pair{chunk[i].unit_id, goal_keys[i]}, i);
    if (names.size() >= kMinCopiedNames)
      by_names.emplace(std::pair{chunk[i].unit_id, names_key[i]}, i);
  }
  auto copies_of = [&](std::size_t i) {
    std::vector<std::size_t> found;
    for (auto* index : {&by_goal, &by_names}) {
      const auto& key = index == &by_goal ? goal_keys[i] : names_key[i];
      auto [lo, hi] = index->equal_range({chunk[i].unit_id, key});
      for (auto it = lo; it != hi; ++it)
        if (it->second != i && std::find(found.begin(), found.end(), it->second) == found.end())
          found.push_back(it->second);
    }
    // In id order (the chunk's), as the editor lists a unit's other targets.
    std::sort(found.begin(), found.end());
    return found;
  };
  for (std::size_t i = 0; i < chunk.size(); ++i) {
    const auto& t = chunk[i];
    const TargetSettings& in_force = settings.at(t.region_id);
    LintContext context;
    context.framework = library::find_framework(t.framework);
    if (!context.framework) context.framework = in_force.framework;
    context.params = in_force.lint;
    context.project_name = t.project_name;
    // Copying is looked for among the unit's targets with the same goal or the same set of
    // indicator names (keys computed once per target), so a unit costs linear time.
    for (std::size_t j : copies_of(i)) {
      SiblingTarget sib{chunk[j].id, chunk[j].project_name, chunk[j].draft.overall_goal, {}};
      for (const auto& ind : chunk[j].draft.indicators) sib.indicator_names.push_back(ind.name);
      context.siblings.push_back(std::move(sib));
    }
    const auto findings = lint(t.draft, context);
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

// Replaces the chunk's findings and counts. The chunk was read in an earlier transaction: a
// target saved since (a new version, or a new target) keeps what its own save stored.
void write_chunk(soci::session& s, db::Dialect dialect, long long year, const Chunk& chunk,
                 Linted& l) {
  std::map<long long, long long> now;  // id → version, as stored now
  {
    long long id = 0, version = 0;
    soci::statement st =
        (s.prepare << "SELECT id, version FROM targets WHERE year = :y AND unit_id BETWEEN :a "
                      "AND :b",
         soci::use(year), soci::use(chunk.first), soci::use(chunk.last), soci::into(id),
         soci::into(version));
    st.execute();
    while (st.fetch()) now[id] = version;
  }
  bool unchanged = now.size() == l.ids.size();
  for (std::size_t k = 0; unchanged && k < l.ids.size(); ++k) {
    const auto it = now.find(l.ids[k]);
    unchanged = it != now.end() && it->second == l.versions[k];
  }
  if (!unchanged) {  // rare: keep only the targets still as they were read
    Linted kept;
    for (std::size_t k = 0; k < l.ids.size(); ++k) {
      const auto it = now.find(l.ids[k]);
      if (it == now.end() || it->second != l.versions[k]) continue;
      kept.ids.push_back(l.ids[k]);
      kept.versions.push_back(l.versions[k]);
      kept.errors.push_back(l.errors[k]);
      kept.warnings.push_back(l.warnings[k]);
    }
    for (std::size_t r = 0; r < l.rows.target.size(); ++r) {
      if (std::find(kept.ids.begin(), kept.ids.end(), l.rows.target[r]) == kept.ids.end()) continue;
      kept.rows.target.push_back(l.rows.target[r]);
      kept.rows.position.push_back(l.rows.position[r]);
      kept.rows.indicator.push_back(l.rows.indicator[r]);
      kept.rows.code.push_back(l.rows.code[r]);
      kept.rows.severity.push_back(l.rows.severity[r]);
      kept.rows.message.push_back(l.rows.message[r]);
      kept.rows.rule.push_back(l.rows.rule[r]);
    }
    l = std::move(kept);
    if (l.ids.empty()) return;
    s << "DELETE FROM target_findings WHERE target_id = :id", soci::use(l.ids);
  } else {
    if (l.ids.empty()) return;
    s << "DELETE FROM target_findings WHERE target_id IN (SELECT id FROM targets WHERE year = "
         ":y AND unit_id BETWEEN :a AND :b)",
        soci::use(year), soci::use(chunk.first), soci::use(chunk.last);
  }
  l.rows.write(s, dialect);
  write_counts(s, dialect, l.ids, l.errors, l.warnings);
}

}  // namespace

BatchLintResult lint_all(db::Database& db, const BatchLintOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  BatchLintResult result;
  const auto units = db.read([&](soci::session& s) { return distinct_ids(s, "unit_id", o.year); });
  // The rule set in force in each region, read once: the lint itself then needs no database.
  std::map<long long, TargetSettings> settings;
  if (!o.scan_only) {
    db.read([&](soci::session& s) {
      for (long long region : distinct_ids(s, "region_id", o.year))
        settings.emplace(region, target_settings(rules::effective_rules(s, region, o.year)));
    });
  }
  const auto step = static_cast<std::size_t>(std::max(1LL, o.units_per_chunk));
  auto read = [&](std::size_t c) {
    Chunk chunk;
    chunk.first = units[c];
    chunk.last = units[std::min(units.size(), c + step) - 1];
    db.read([&](soci::session& s) {
      chunk.targets = read_chunk(s, o.year, chunk.first, chunk.last, chunk.indicators);
    });
    return chunk;
  };
  if (o.scan_only) {  // the baseline: the same reads, one after another, and nothing else
    for (std::size_t c = 0; c < units.size(); c += step) {
      const Chunk chunk = read(c);
      result.targets += static_cast<long long>(chunk.targets.size());
      result.indicators += chunk.indicators;
    }
  } else if (!units.empty()) {
    // A pipeline on two connections: the next chunk is read while this one is linted and
    // written, so the job costs little more than reading (the machine has cores to spare).
    std::future<Chunk> next = std::async(std::launch::async, read, 0);
    for (std::size_t c = 0; c < units.size(); c += step) {
      Chunk chunk = next.get();
      if (c + step < units.size()) next = std::async(std::launch::async, read, c + step);
      result.targets += static_cast<long long>(chunk.targets.size());
      result.indicators += chunk.indicators;
      if (o.progress) o.progress(result.targets);
      Linted linted = lint_chunk(chunk.targets, settings);
      result.findings += linted.findings;
      result.with_errors += linted.with_errors;
      db.write([&](soci::session& s) { write_chunk(s, db.dialect(), o.year, chunk, linted); });
    }
  }
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace jixiao::targets
