#include "assessment/model.h"

#include "assessment/workflow.h"
#include "base/vocabulary.h"

namespace jixiao::assessment {

namespace {
const Vocabulary& kinds() {
  static const Vocabulary& v = vocabulary("assessment_kind");
  return v;
}
const Vocabulary& levels() {
  static const Vocabulary& v = vocabulary("assessment_level");
  return v;
}
const Vocabulary& conclusions() {
  static const Vocabulary& v = vocabulary("assessment_conclusion");
  return v;
}
}  // namespace

std::string_view status_label(std::string_view status) {
  return assessment_workflow().state_label(status);
}
bool is_status(std::string_view s) { return assessment_workflow().is_state(s); }
std::string_view kind_label(std::string_view kind) { return kinds().label(kind); }
bool is_kind(std::string_view s) { return kinds().contains(s); }
std::string_view level_label(std::string_view level) { return levels().label(level); }
bool is_level(std::string_view s) { return levels().contains(s); }
std::string_view conclusion_label(std::string_view c) { return conclusions().label(c); }
bool is_conclusion(std::string_view s) { return conclusions().contains(s); }

}  // namespace jixiao::assessment
