// The Chinese label of a state of a shipped workflow, for lists that show rows of several stages.
#pragma once

#include <string>
#include <string_view>

namespace jixiao::workflow {

// "project", "approved" → 已批复; the state itself when the workflow has no label for it. Each
// workflow is loaded once and kept.
std::string state_label_of(std::string_view entity, std::string_view status);

}  // namespace jixiao::workflow
