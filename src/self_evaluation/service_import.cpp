// EvaluationService's import of filled 项目支出绩效自评表 (FORMS.md): each table finds the
// caller's evaluation of the project it names, its indicators are matched to the evaluation's by
// name within level 1 and 2, and its answers are saved as the form saves them (apply_form), all in
// one transaction. Every problem of every table is gathered before anything is kept, each named
// by its field in the request (tables[i]...), so that the reader can show it at its cell.
#include <boost/json.hpp>
#include <map>
#include <set>

#include "base/error.h"
#include "base/money.h"
#include "base/text.h"
#include "library/framework.h"
#include "self_evaluation/scoring.h"
#include "self_evaluation/service.h"
#include "self_evaluation/workflow.h"

namespace jixiao::self_evaluation {

namespace {

const char* const kNotFound = "未找到该项目的自评任务";

// Names compare without white space and with full-width forms folded ("（" as "(").
std::string key_of(std::string_view text) {
  std::string out;
  for (const char c : fold_full_width(text))
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out += c;
  return out;
}

// Whether a table's level 1 (level 2) names the target's: by label, with or without 指标, under
// any shipped framework (a table need not say which); blank leaves it to the name.
bool names_category(const std::string& text, const std::string& key) {
  if (text.empty() || text == key) return true;
  for (const auto& f : library::frameworks())
    if (f.category_key(text) == key) return true;
  return false;
}
bool names_subcategory(const std::string& text, const std::string& category,
                       const std::string& key) {
  if (text.empty() || text == key) return true;
  for (const auto& f : library::frameworks())
    if (f.subcategory_key(category, text) == key) return true;
  return false;
}

// "产出指标／数量指标": a target's indicator's place as its framework labels it.
std::string place_of(const IndicatorResult& i, const std::string& version) {
  const auto* f = library::find_framework(version);
  if (!f) f = &library::latest_framework();
  std::string cat(f->category_label(i.category)), sub(f->subcategory_label(i.subcategory));
  return (cat.empty() ? i.category : cat) + "／" + (sub.empty() ? i.subcategory : sub);
}

bool blank_mark(const std::string& text) {
  return text.empty() || text == "—" || text == "-" || text == "－" || text == "/";
}

// 万元 as typed agrees with jixiao's figure to the decimals written: "150.5" is any amount from
// 150.45 up to but not including 150.55 万元.
bool agrees(const std::string& typed, Fen typed_fen, Fen fen) {
  const auto point = typed.find('.');
  const std::size_t decimals = point == std::string::npos ? 0 : typed.size() - point - 1;
  Fen unit = 1;
  for (std::size_t k = decimals; k < 6; ++k) unit *= 10;
  if (fen < 0) return typed_fen == fen;
  return (fen + unit / 2) / unit * unit == typed_fen;
}

// 偏差原因分析及改进措施 back into its two parts: the export writes "偏差原因：…\n改进措施：…";
// a cell without those words is the reason alone.
std::pair<std::string, std::string> split_reason(const std::string& text) {
  static const std::string kReason = "偏差原因：", kImprovement = "改进措施：";
  const auto at = text.find(kImprovement);
  std::string reason = at == std::string::npos ? text : text.substr(0, at);
  std::string improvement = at == std::string::npos ? "" : text.substr(at + kImprovement.size());
  reason = trim(reason);
  if (reason.starts_with(kReason)) reason = trim(reason.substr(kReason.size()));
  return {reason, trim(improvement)};
}

// The save's field names as the table's: indicators[n] is the table's n-th indicator (they are
// sent in its order), its own score is 得分, both words are in one cell, fen are 万元.
std::string table_field(const std::string& table, const std::string& field) {
  if (field.starts_with("indicators[")) {
    const auto close = field.find(']');
    const std::string head = field.substr(0, close + 1), rest = field.substr(close + 1);
    static const std::map<std::string, std::string> kCells = {
        {".actual_value", ".actual_value"}, {".self_score", ".score"},
        {".deviation_reason", ".reason"},   {".improvement", ".reason"},
        {".self_score_reason", ".reason"},
    };
    const auto cell = kCells.find(rest);
    return table + "." + head + (cell == kCells.end() ? "" : cell->second);
  }
  static const std::map<std::string, std::string> kFields = {
      {"executed_fen", ".executed_wan"},   {"budget_fen", ".budget_wan"},
      {"initial_fen", ".initial_wan"},     {"indicators", ".indicators"},
      {"goal_achieved", ".goal_achieved"}, {"problems", ".problems"},
      {"improvements", ".improvements"},   {"version", ".version"},
  };
  const auto at = kFields.find(field);
  return table + (at == kFields.end() ? "" : at->second);
}

struct Problems {
  boost::json::array list;
  void add(const std::string& field, const std::string& message) {
    list.push_back({{"field", field}, {"message", valid_utf8(message)}});
  }
};

// The money block: what jixiao holds (a project's from its budget and spending series, a
// department's budget from its target) is checked against the table; a department's 全年执行数
// is typed, so it is taken.
void take_money(const ImportTable& t, const Evaluation& now, const std::string& table,
                EvaluationInput& in, Problems& problems) {
  const struct {
    const char* field;
    const char* label;
    const std::string& typed;
    Fen held;
  } money[] = {{"initial_wan", "年初预算数", t.initial_wan, now.initial_fen},
               {"budget_wan", "全年预算数", t.budget_wan, now.budget_fen},
               {"executed_wan", "全年执行数", t.executed_wan, now.executed_fen}};
  for (const auto& m : money) {
    const std::string typed = trim(fold_full_width(m.typed));
    if (blank_mark(typed)) continue;
    const std::string field = table + "." + m.field;
    const bool executed = std::string_view(m.field) == "executed_wan";
    const auto fen = parse_wan(typed);
    if (!fen) {
      problems.add(field, std::string(m.label) + "应为金额（万元），如 150.5");
    } else if (now.kind == "department" && executed) {
      in.executed_fen = *fen;
    } else if (!agrees(typed, *fen, m.held)) {
      std::string why = std::string(m.label) + "与系统中的 " + format_wan(m.held) + " 万元不一致";
      if (executed)
        why += "：项目的全年执行数来自其支出数据，请先在项目的支出数据中录入截至年末的累计支出";
      problems.add(field, why);
    }
  }
}

// The table's evaluation among those its names found: by code when it gives one, else by name;
// the unit, when written, must be the evaluation's; the department tells apart what remains.
const Evaluation* match(const ImportTable& t, const std::vector<Evaluation>& found,
                        const std::string& field, Problems& problems) {
  if (t.code.empty() && key_of(t.project_name).empty()) {
    problems.add(field, "表中没有填写项目名称");
    return nullptr;
  }
  std::vector<const Evaluation*> hits;
  for (const auto& e : found)
    if (t.code.empty() ? key_of(e.name) == key_of(t.project_name) : e.code == t.code)
      hits.push_back(&e);
  if (!t.unit_name.empty())
    std::erase_if(hits,
                  [&](const Evaluation* e) { return key_of(e->unit_name) != key_of(t.unit_name); });
  if (hits.size() > 1 && !t.department.empty()) {
    auto same = hits;
    std::erase_if(same, [&](const Evaluation* e) {
      return key_of(e->department_name) != key_of(t.department);
    });
    if (!same.empty()) hits = same;
  }
  if (hits.empty()) {
    problems.add(field, kNotFound);
    return nullptr;
  }
  if (hits.size() > 1) {
    problems.add(field, t.unit_name.empty() ? "有 " + std::to_string(hits.size()) +
                                                  " 个同名项目的自评任务，请在表中写明实施单位"
                                            : "该实施单位有 " + std::to_string(hits.size()) +
                                                  " 个同名项目的自评任务，无法区分");
    return nullptr;
  }
  return hits.front();
}

// The table's answers in its indicators' order, each matched to the evaluation's indicator of
// its name within its level 1 and 2; a table's indicator the target lacks, one written twice and
// a target's indicator the table lacks are problems, and then there are none (nullopt).
std::optional<std::vector<IndicatorAnswer>> answers_of(const ImportTable& t, const Evaluation& e,
                                                       const std::vector<IndicatorResult>& items,
                                                       const std::string& table,
                                                       Problems& problems) {
  std::vector<IndicatorAnswer> out;
  std::vector<bool> taken(items.size(), false);
  bool ok = true;
  for (std::size_t j = 0; j < t.indicators.size(); ++j) {
    const auto& x = t.indicators[j];
    const std::string field = table + ".indicators[" + std::to_string(j) + "]";
    if (key_of(x.name).empty()) {
      ok = false;
      problems.add(field + ".name", "请填写三级指标的名称");
      continue;
    }
    const std::string cat = key_of(x.category), sub = key_of(x.subcategory);
    std::optional<std::size_t> hit, elsewhere, twice;
    for (std::size_t k = 0; k < items.size(); ++k) {
      const auto& i = items[k];
      if (key_of(i.name) != key_of(x.name)) continue;
      if (!names_category(cat, i.category) || !names_subcategory(sub, i.category, i.subcategory)) {
        if (!elsewhere) elsewhere = k;
      } else if (taken[k]) {
        if (!twice) twice = k;
      } else if (!hit) {
        hit = k;
      }
    }
    if (!hit) {
      ok = false;
      if (twice)
        problems.add(field, "指标“" + x.name + "”填写了两次");
      else if (elsewhere)
        problems.add(field, "指标“" + x.name + "”在绩效目标中属于" +
                                place_of(items[*elsewhere], e.framework_version));
      else
        problems.add(field, "绩效目标中没有指标“" + x.name + "”");
      continue;
    }
    taken[*hit] = true;
    const auto& i = items[*hit];
    IndicatorAnswer a;
    a.position = i.position;
    const std::string actual = trim(x.actual_value);
    if (actual == "不适用") {
      a.not_applicable = true;
    } else if (!blank_mark(actual)) {
      // A band as the table writes it is kept as its code (R-SE-5).
      const auto band = i.comparator == "qualitative" ? band_of(actual) : std::string_view();
      a.actual_value = band.empty() ? actual : std::string(band);
    }
    const std::string score = trim(fold_full_width(x.score));
    if (!a.not_applicable && !blank_mark(score)) {
      // A score that is no number is a problem of its own; the form still checks the rest.
      a.self_score = parse_scaled_decimal(score, 2);
      if (!a.self_score) problems.add(field + ".score", "得分应为数字，最多两位小数");
    }
    std::tie(a.deviation_reason, a.improvement) = split_reason(x.reason);
    out.push_back(std::move(a));
  }
  for (std::size_t k = 0; k < items.size(); ++k)
    if (!taken[k]) {
      ok = false;
      problems.add(table + ".indicators", "表中缺少绩效目标的指标“" + items[k].name + "”（" +
                                              place_of(items[k], e.framework_version) + "）");
    }
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace

std::vector<Evaluation> EvaluationService::import_tables(const auth::Principal& me, long long year,
                                                         const std::vector<ImportTable>& tables) {
  if (me.role != auth::Role::unit && me.role != auth::Role::department &&
      me.role != auth::Role::performance_office)
    throw forbidden("您的角色不填报绩效自评");
  if (tables.empty()) throw invalid("tables", "请选择要导入的自评表");
  return db_.write([&](soci::session& s) {
    // The caller's own evaluations that the tables name: what it may write, never what it may
    // only read (an office's regions below), nor anyone else's.
    std::vector<std::string> codes, names;
    for (const auto& t : tables) {
      if (!t.code.empty()) codes.push_back(t.code);
      names.push_back(trim(t.project_name));
      names.push_back(key_of(t.project_name));
    }
    const auto found = repo::named(s, year, codes, names, auth::write_scope(me));

    Problems problems;
    std::vector<Evaluation> out;
    std::map<long long, std::size_t> used;  // evaluation → its table
    for (std::size_t n = 0; n < tables.size(); ++n) {
      const auto& t = tables[n];
      const std::string table = "tables[" + std::to_string(n) + "]";
      const Evaluation* e = match(t, found, table + ".project_name", problems);
      if (!e) continue;
      if (const auto [at, fresh] = used.emplace(e->id, n); !fresh) {
        const auto& other = tables[at->second];
        problems.add(table + ".project_name",
                     "与" +
                         (other.sheet.empty() ? "第 " + std::to_string(at->second + 1) + " 张表"
                                              : "工作表“" + other.sheet + "”") +
                         "是同一个项目的自评");
        continue;
      }

      // An evaluation closed to the caller now is that alone (its values would not matter).
      if (!evaluation_workflow().allows(e->status, "edit", evaluation_actors(s, me, *e))) {
        problems.add(table, "该项目的自评当前为“" + std::string(status_label(e->status)) +
                                "”，不能导入修改");
        continue;
      }
      EvaluationInput in;
      Evaluation now = *e;
      refresh_money(s, now);
      take_money(t, now, table, in, problems);
      const auto items = repo::indicators(s, e->id);
      auto answers = answers_of(t, *e, items, table, problems);
      if (!answers) continue;

      // The form's own checks and scores (the first problem of the table, named at its cell),
      // also when a value above was refused (left out here), so that more is found at once.
      in.goal_achieved = t.goal_achieved;
      in.problems = t.problems;
      in.improvements = t.improvements;
      in.indicators = std::move(answers);
      try {
        out.push_back(apply_form(s, me, *e, t.version, in, {.own_scores_where_they_differ = true})
                          .evaluation);
      } catch (const AppError& err) {
        problems.add(table_field(table, err.field()), err.detail());
      }
    }
    if (!problems.list.empty()) {
      const auto count = problems.list.size();
      throw AppError(ErrorKind::invalid, "import_invalid",
                     "导入的自评表有 " + std::to_string(count) + " 处错误，未导入任何数据",
                     "tables")
          .with_extra(
              boost::json::serialize(boost::json::object{{"errors", std::move(problems.list)}}));
    }
    return out;
  });
}

}  // namespace jixiao::self_evaluation
