#include "key_evaluation/conflicts.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "cases/cases.h"
#include "key_evaluation/settings.h"

namespace jixiao::key_evaluation {
namespace {

// The cases a finance officer reads: tests/cases/key_evaluation_conflicts.json.
const boost::json::object& cases() { return cases::load("key_evaluation_conflicts").as_object(); }
using cases::text;

std::vector<long long> ids(const boost::json::object& o, const char* key) {
  std::vector<long long> out;
  if (const auto* a = o.if_contains(key))
    for (const auto& v : a->as_array()) out.push_back(v.as_int64());
  return out;
}

Authors authors(const boost::json::object& facts, const char* key) {
  const auto* a = facts.if_contains(key);
  if (!a) return {};
  const auto& o = a->as_object();
  return {ids(o, "agency_ids"), ids(o, "user_ids"), ids(o, "expert_ids")};
}

// The case's candidate: the file's expert or agency with the case's changes.
ConflictCandidate candidate_of(const boost::json::object& c) {
  ConflictCandidate k;
  if (text(c.at("candidate")) == "expert") {
    k.expert_id = 7;
    k.user_ids = {70};
    k.employer = "云南大学";
  } else {
    k.agency_id = 3;
    k.user_ids = {301, 302};
  }
  if (const auto* change = c.if_contains("change")) {
    const auto& o = change->as_object();
    if (const auto* e = o.if_contains("employer")) k.employer = text(*e);
    if (const auto* e = o.if_contains("employer_agency_id")) k.employer_agency_id = e->as_int64();
    if (const auto* avoid = o.if_contains("avoid"))
      for (const auto& v : avoid->as_array()) {
        const auto& a = v.as_object();
        k.avoid.push_back({a.at("unit_id").as_int64(), text(a.at("name")), text(a.at("reason"))});
      }
  }
  return k;
}

ConflictSubject subject_of(const boost::json::object& c) {
  ConflictSubject s{"project",    2026,          "州民族中学校舍维修改造项目", 31, 30, 5,
                    "州民族中学", "州教育体育局"};
  if (const auto* change = c.if_contains("subject")) {
    const auto& o = change->as_object();
    if (const auto* v = o.if_contains("name")) s.name = text(*v);
    if (const auto* v = o.if_contains("unit_id")) s.unit_id = v->as_int64();
    if (const auto* v = o.if_contains("unit_name")) s.unit_name = text(*v);
  }
  return s;
}

ConflictFacts facts_of(const boost::json::object& c) {
  ConflictFacts f;
  const auto* v = c.if_contains("facts");
  if (!v) return f;
  const auto& o = v->as_object();
  f.ex_ante = authors(o, "ex_ante");
  f.targets = authors(o, "targets");
  for (long long year : ids(o, "past")) f.past.push_back({year});
  if (const auto* a = o.if_contains("commissioned_agency")) {
    f.commissioned_agency_id = a->at("id").as_int64();
    f.commissioned_agency_name = text(a->at("name"));
  }
  return f;
}

TEST(KeyEvalConflicts, FollowTheCases) {
  const auto& all = cases().at("cases").as_array();
  ASSERT_GE(all.size(), 20u);
  for (const auto& v : all) {
    const auto& c = v.as_object();
    SCOPED_TRACE(text(c.at("note")));
    const long long lookback = c.contains("lookback") ? c.at("lookback").as_int64() : 2;
    const auto got = find_conflicts(candidate_of(c), subject_of(c), facts_of(c), lookback);
    const auto& want = c.at("expect").as_array();
    ASSERT_EQ(got.size(), want.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(conflict_code(got[i].code), text(want[i].at("code")));
      EXPECT_EQ(got[i].reason, text(want[i].at("reason")));
      EXPECT_EQ(got[i].rule, "R-KE-3");
    }
  }
}

// The shipped look-back is the 2 years the cases assume by default.
TEST(KeyEvalConflicts, TheShippedLookbackIsTwoYears) {
  EXPECT_EQ(national_key_evaluation_settings().lookback_years, 2);
}

}  // namespace
}  // namespace jixiao::key_evaluation
