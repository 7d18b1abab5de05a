#include "disclosure/snapshot.h"

#include <algorithm>
#include <boost/json.hpp>

#include "base/money.h"
#include "base/vocabulary.h"
#include "self_evaluation/repo.h"

namespace jixiao::disclosure {

namespace {

namespace json = boost::json;

// Hundredths of a point as "89.50"; null where there is none.
json::value score_text(long long h, bool present = true) {
  if (!present || h < 0) return nullptr;
  const std::string frac = std::to_string(h % 100);
  return json::value(std::to_string(h / 100) + "." + (frac.size() < 2 ? "0" + frac : frac));
}

std::string grade_label(const std::string& g) {
  return g.empty() ? "" : std::string(vocabulary("grade").label(g));
}

void add_target(soci::session& s, long long id, json::object& o) {
  std::string goal;
  long long amount = 0;
  soci::indicator ai = soci::i_ok;
  s << "SELECT t.overall_goal, COALESCE(t.amount_fen, p.amount_fen) FROM targets t "
       "LEFT JOIN projects p ON p.id = t.project_id WHERE t.id = :id",
      soci::use(id), soci::into(goal), soci::into(amount, ai);
  o["overall_goal"] = goal;
  o["amount_wan"] = ai == soci::i_ok ? json::value(format_wan(amount)) : json::value(nullptr);
  json::array rows;
  std::string category, subcategory, name, comparator, value, unit;
  soci::statement st =
      (s.prepare << "SELECT category, subcategory, name, comparator, value, unit FROM "
                    "target_indicators WHERE target_id = :id ORDER BY position",
       soci::use(id), soci::into(category), soci::into(subcategory), soci::into(name),
       soci::into(comparator), soci::into(value), soci::into(unit));
  st.execute();
  while (st.fetch())
    rows.push_back({{"category", category},
                    {"subcategory", subcategory},
                    {"name", name},
                    {"comparator", comparator},
                    {"comparator_label", vocabulary("comparator").label(comparator)},
                    {"value", value},
                    {"unit", unit}});
  o["indicators"] = std::move(rows);
}

void add_assessment(soci::session& s, long long id, json::object& o) {
  long long amount = 0, score = -1, suggested = 0;
  std::string grade, conclusion;
  soci::indicator si = soci::i_ok;
  s << "SELECT amount_fen, final_score, grade, conclusion, suggested_amount_fen FROM assessments "
       "WHERE id = :id",
      soci::use(id), soci::into(amount), soci::into(score), soci::into(grade),
      soci::into(conclusion), soci::into(suggested, si);
  o["amount_wan"] = format_wan(amount);
  o["score"] = score_text(score);
  o["grade"] = grade;
  o["grade_label"] = grade_label(grade);
  o["conclusion"] = conclusion;
  o["conclusion_label"] =
      conclusion.empty() ? "" : std::string(vocabulary("assessment_conclusion").label(conclusion));
  o["suggested_amount_wan"] =
      si == soci::i_ok ? json::value(format_wan(suggested)) : json::value(nullptr);
}

void add_self_evaluation(soci::session& s, long long id, json::object& o) {
  long long initial = 0, budget = 0, executed = 0, computed = 0, self = 0, review = 0;
  soci::indicator self_i = soci::i_ok, review_i = soci::i_ok;
  std::string goal, problems, improvements, grade;
  s << "SELECT initial_fen, budget_fen, executed_fen, goal_achieved, problems, improvements, "
       "computed_total, self_total, review_total, grade FROM self_evaluations WHERE id = :id",
      soci::use(id), soci::into(initial), soci::into(budget), soci::into(executed),
      soci::into(goal), soci::into(problems), soci::into(improvements), soci::into(computed),
      soci::into(self, self_i), soci::into(review, review_i), soci::into(grade);
  o["initial_wan"] = format_wan(initial);
  o["budget_wan"] = format_wan(budget);
  o["executed_wan"] = format_wan(executed);
  o["execution_rate"] = format_rate(executed, budget);
  // R-SE-8: the reviewed score where a review exists, else the unit's own, else the computed.
  const long long total =
      review_i == soci::i_ok ? review : (self_i == soci::i_ok ? self : computed);
  o["score"] = score_text(total);
  o["grade"] = grade;
  o["grade_label"] = grade_label(grade);
  o["goal_achieved"] = goal;
  o["problems"] = problems;
  o["improvements"] = improvements;
  json::array rows;
  for (const auto& i : self_evaluation::repo::indicators(s, id)) {
    const long long score = i.review_score.value_or(i.self_score.value_or(i.computed_score));
    rows.push_back({{"category", i.category},
                    {"subcategory", i.subcategory},
                    {"name", i.name},
                    {"comparator", i.comparator},
                    {"comparator_label", vocabulary("comparator").label(i.comparator)},
                    {"value", i.value},
                    {"unit", i.unit},
                    {"actual_value", i.actual_value},
                    {"weight", score_text(i.computed_weight)},
                    {"score", i.not_applicable ? json::value(nullptr) : score_text(score)}});
  }
  o["indicators"] = std::move(rows);
}

void add_key_evaluation(soci::session& s, long long id, json::object& o) {
  std::string kind, name, grade, number;
  long long budget = 0, score = 0;
  soci::indicator score_i = soci::i_ok, grade_i = soci::i_ok;
  s << "SELECT k.kind, k.name, k.budget_fen, k.score, k.grade, COALESCE(d.number, '') "
       "FROM key_evaluations k LEFT JOIN official_documents d ON d.id = k.results_document_id "
       "WHERE k.id = :id",
      soci::use(id), soci::into(kind), soci::into(name), soci::into(budget),
      soci::into(score, score_i), soci::into(grade, grade_i), soci::into(number);
  if (grade_i != soci::i_ok) grade.clear();
  o["evaluation_kind"] = kind;
  o["evaluation_kind_label"] = std::string(vocabulary("key_evaluation_kind").label(kind));
  o["name"] = name;
  o["budget_wan"] = format_wan(budget);
  o["score"] = score_text(score, score_i == soci::i_ok);
  o["grade"] = grade;
  o["grade_label"] = grade_label(grade);
  o["results_letter_number"] = number;
  json::array problems;
  std::string title, requirement;
  soci::statement st = (s.prepare << "SELECT title, requirement FROM key_evaluation_problems "
                                     "WHERE evaluation_id = :id ORDER BY seq",
                        soci::use(id), soci::into(title), soci::into(requirement));
  st.execute();
  while (st.fetch()) problems.push_back({{"title", title}, {"requirement", requirement}});
  o["problems"] = std::move(problems);
}

void collect(const json::value& v, const std::vector<std::string>& names,
             std::vector<PersonalData>& out) {
  if (v.is_string()) {
    for (auto& p : find_personal_data(v.as_string(), names))
      if (std::ranges::none_of(out, [&](const PersonalData& q) { return q.text == p.text; }))
        out.push_back(std::move(p));
  } else if (v.is_array()) {
    for (const auto& e : v.as_array()) collect(e, names, out);
  } else if (v.is_object()) {
    for (const auto& [k, e] : v.as_object()) collect(e, names, out);
  }
}

}  // namespace

json::object build_snapshot(soci::session& s, const Disclosure& d,
                            const std::string& published_at) {
  json::object o{{"kind", d.kind},
                 {"kind_label", kind_label(d.kind)},
                 {"title", d.title},
                 {"year", d.year},
                 {"region_code", d.region_code},
                 {"region_name", d.region_name},
                 {"department_name", d.department_name},
                 {"unit_name", d.unit_name},
                 {"subject", d.subject},
                 {"slug", d.slug},
                 {"published_at", published_at}};
  std::string code;
  if (d.project_id) {
    s << "SELECT code FROM projects WHERE id = :id", soci::use(d.project_id), soci::into(code);
  }
  o["project_code"] = code;
  if (d.kind == "target") add_target(s, d.source_id, o);
  if (d.kind == "assessment") add_assessment(s, d.source_id, o);
  if (d.kind == "self_evaluation") add_self_evaluation(s, d.source_id, o);
  if (d.kind == "key_evaluation") add_key_evaluation(s, d.source_id, o);
  return o;
}

std::vector<PersonalData> snapshot_personal_data(const json::value& snapshot,
                                                 const std::vector<std::string>& names) {
  std::vector<PersonalData> out;
  collect(snapshot, names, out);
  return out;
}

}  // namespace jixiao::disclosure
