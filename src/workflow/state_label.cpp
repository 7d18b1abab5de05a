#include "workflow/state_label.h"

#include <map>
#include <mutex>

#include "workflow/workflow.h"

namespace jixiao::workflow {

std::string state_label_of(std::string_view entity, std::string_view status) {
  static std::mutex m;
  static std::map<std::string, Workflow, std::less<>> loaded;
  std::lock_guard lock(m);
  auto it = loaded.find(entity);
  if (it == loaded.end()) it = loaded.emplace(std::string(entity), load_workflow(entity)).first;
  const auto label = it->second.state_label(status);
  return label.empty() ? std::string(status) : std::string(label);
}

}  // namespace jixiao::workflow
